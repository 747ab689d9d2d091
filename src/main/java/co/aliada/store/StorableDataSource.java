package co.aliada.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, cleaning every text parameter for PostgreSQL (see {@link StorableText}),
 * whichever feature writes it and however (JdbcTemplate arguments or statements of its own): one place,
 * so that a NUL in a user's message never fails a turn on PostgreSQL while passing on H2.
 */
public final class StorableDataSource extends DelegatingDataSource implements AutoCloseable {

    public StorableDataSource(DataSource target) {
        super(target);
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

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StorableDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Cleaning(target, true));
    }

    /** Connections hand out cleaning statements; statements clean the texts set on them. */
    private record Cleaning(Object target, boolean isConnection) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (!isConnection && args != null && args.length >= 2 && args[1] instanceof String text
                    && (name.equals("setString") || name.equals("setNString") || name.equals("setObject"))) {
                args[1] = StorableText.clean(text);
            }
            if (isConnection && name.equals("unwrap") && args[0] == Connection.class) {
                return target;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (isConnection && result instanceof PreparedStatement statement
                    && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                Class<?> type = name.equals("prepareCall") ? java.sql.CallableStatement.class : PreparedStatement.class;
                return Proxy.newProxyInstance(StorableDataSource.class.getClassLoader(), new Class<?>[] {type},
                        new Cleaning(statement, false));
            }
            return result;
        }
    }
}
