package co.aliada.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records what the application asks of its database: every statement prepared or executed, every
 * connection taken from the pool and every commit, from the threads chosen (a request's, not a
 * scheduler's). For tests that bound the work of a turn, which a timing cannot do on a shared machine.
 */
public final class StatementLog {

    private final List<String> statements = new ArrayList<>();
    private int connections;
    private int commits;
    private final Predicate<Thread> watched;

    public StatementLog(Predicate<Thread> watched) {
        this.watched = watched;
    }

    /** Wraps the application's data source (after every other wrapper) so that its work is logged here. */
    public BeanPostProcessor wrapper() {
        return new Wrapper(this);
    }

    public synchronized void clear() {
        statements.clear();
        connections = 0;
        commits = 0;
    }

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    public synchronized int connections() {
        return connections;
    }

    public synchronized int commits() {
        return commits;
    }

    private synchronized void statement(String sql) {
        if (watched.test(Thread.currentThread())) {
            statements.add(sql);
        }
    }

    private synchronized void connection() {
        if (watched.test(Thread.currentThread())) {
            connections++;
        }
    }

    private synchronized void commit() {
        if (watched.test(Thread.currentThread())) {
            commits++;
        }
    }

    private static final class Wrapper implements BeanPostProcessor, PriorityOrdered {

        private final StatementLog log;

        Wrapper(StatementLog log) {
            this.log = log;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof DataSource source && !(bean instanceof Logged) ? new Logged(source, log) : bean;
        }
    }

    private static final class Logged extends DelegatingDataSource {

        private final StatementLog log;

        Logged(DataSource target, StatementLog log) {
            super(target);
            this.log = log;
        }

        @Override
        public Connection getConnection() throws SQLException {
            log.connection();
            Connection target = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    new Handler(target, log));
        }
    }

    /** A connection or a statement: the SQL is logged where it is given (prepared, or executed directly). */
    private record Handler(Object target, StatementLog log) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Connection && name.equals("commit")) {
                log.commit();
            }
            if (args != null && args.length > 0 && args[0] instanceof String sql
                    && (name.startsWith("prepare") || name.startsWith("execute") || name.equals("addBatch"))) {
                log.statement(sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof Connection && result instanceof java.sql.Statement statement
                    && name.matches("prepareStatement|prepareCall|createStatement")) {
                Class<?> type = name.equals("prepareCall") ? java.sql.CallableStatement.class
                        : name.equals("prepareStatement") ? java.sql.PreparedStatement.class : java.sql.Statement.class;
                return Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type},
                        new Handler(statement, log));
            }
            return result;
        }
    }
}
