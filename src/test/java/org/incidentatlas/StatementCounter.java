package org.incidentatlas;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A data source that counts the statements run through it: every {@code execute...} call
 * on a statement it handed out. For tests that prove a read takes a fixed number of round
 * trips.
 */
public final class StatementCounter {

	private final AtomicInteger executed = new AtomicInteger();

	private final DataSource dataSource;

	public StatementCounter(DataSource target) {
		this.dataSource = proxy(DataSource.class, target, (proxied, method, args) -> {
			Object result = invoke(target, method, args);
			return result instanceof Connection c ? proxy(Connection.class, c, connection(c)) : result;
		});
	}

	public DataSource dataSource() {
		return dataSource;
	}

	public int executed() {
		return executed.get();
	}

	public void reset() {
		executed.set(0);
	}

	private InvocationHandler connection(Connection target) {
		return (proxied, method, args) -> {
			Object result = invoke(target, method, args);
			if (result instanceof Statement s
					&& method.getName().matches("createStatement|prepareStatement|prepareCall")) {
				Class<? extends Statement> type = method.getReturnType().asSubclass(Statement.class);
				return proxy(type, s, (p, m, a) -> {
					if (m.getName().startsWith("execute")) {
						executed.incrementAndGet();
					}
					return invoke(s, m, a);
				});
			}
			return result;
		};
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
