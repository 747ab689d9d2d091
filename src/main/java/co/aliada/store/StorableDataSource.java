package co.aliada.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source. Every connection cleans each text parameter for PostgreSQL (see
 * {@link StorableText}), whichever feature writes it and however (JdbcTemplate arguments or statements of its
 * own): one place, so that a NUL in a user's message never fails a turn on PostgreSQL while passing on H2.
 * On the embedded H2 file, a commit also returns only once it is in the file (see {@link GroupFlush}), so that
 * a confirmed turn survives a killed process.
 */
public final class StorableDataSource extends DelegatingDataSource implements AutoCloseable {

    /** Null when commits are durable by themselves (PostgreSQL, H2 in memory). */
    private final GroupFlush flush;

    public StorableDataSource(DataSource target) {
        this(target, null);
    }

    StorableDataSource(DataSource target, GroupFlush flush) {
        super(target);
        this.flush = flush;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(super.getConnection(username, password));
    }

    /** Closes the pool underneath at shutdown, as it would have been without this wrapper. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StorableDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Connections(target, flush));
    }

    /** Hands out cleaning statements and, with a flush, writes each commit before it returns. */
    private record Connections(Connection target, GroupFlush flush) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") && args[0] == Connection.class) {
                return target;
            }
            Object result = call(target, method, args);
            if (flush != null && name.equals("commit")) {
                flush.afterCommit(target);
            }
            if (result instanceof PreparedStatement statement
                    && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                Class<?> type = name.equals("prepareCall") ? CallableStatement.class : PreparedStatement.class;
                return Proxy.newProxyInstance(StorableDataSource.class.getClassLoader(), new Class<?>[] {type},
                        new Statements(statement, target, flush));
            }
            if (flush != null && result instanceof Statement statement && name.equals("createStatement")) {
                return Proxy.newProxyInstance(StorableDataSource.class.getClassLoader(), new Class<?>[] {Statement.class},
                        new Statements(statement, target, flush));
            }
            return result;
        }
    }

    /** Statements clean the texts set on them; a write outside a transaction is a commit of its own. */
    private record Statements(Statement target, Connection connection, GroupFlush flush) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (args != null && args.length >= 2 && args[1] instanceof String text
                    && (name.equals("setString") || name.equals("setNString") || name.equals("setObject"))) {
                args[1] = StorableText.clean(text);
            }
            Object result = call(target, method, args);
            if (flush != null && name.startsWith("execute") && !name.equals("executeQuery") && connection.getAutoCommit()) {
                flush.afterCommit(connection);
            }
            return result;
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
