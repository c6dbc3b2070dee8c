package org.incidentatlas.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With {@code atlas.datasource.read.url} set, the application's DataSource becomes a
 * {@link ReadReplica}: public reads go to that server while it is not behind, everything
 * else to the primary. Without it nothing here exists and everything uses the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("atlas.datasource.read.url")
class ReadReplicaConfiguration {

	/** Wraps the application's DataSource (configured or embedded) once it is made. */
	@Bean
	static BeanPostProcessor readReplicaDataSource(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)
						|| bean instanceof ReadReplica) {
					return bean;
				}
				HikariDataSource replica = new HikariDataSource();
				replica.setPoolName("read-replica");
				replica.setJdbcUrl(environment.getRequiredProperty("atlas.datasource.read.url"));
				replica.setUsername(environment.getProperty("atlas.datasource.read.username"));
				replica.setPassword(environment.getProperty("atlas.datasource.read.password"));
				replica.setReadOnly(true);
				replica.setMaximumPoolSize(
						environment.getProperty("atlas.datasource.read.maximum-pool-size", Integer.class, 10));
				replica.setConnectionTimeout(
						environment.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 3000L));
				// the pool connects when first asked, so a replica that is away does not
				// stop the start-up
				replica.setInitializationFailTimeout(-1);
				return new ReadReplica(primary, replica);
			}
		};
	}

	@Bean
	FilterRegistrationBean<ReplicaReads> replicaReads() {
		FilterRegistrationBean<ReplicaReads> registration = new FilterRegistrationBean<>(new ReplicaReads());
		// after Spring Security (-100), which has read the session's account by then
		registration.setOrder(1);
		return registration;
	}

}
