package cn.hubei.yishi.advisor.storage;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks the H2 file database as its data source is created, before Flyway or anything else opens it, and keeps
 * its high-water mark. Other databases (PostgreSQL) are left to their own durability and backups.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    static BeanPostProcessor databaseCheckedBeforeFirstUse() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource ds) {
                    H2File.of(ds.getJdbcUrl()).ifPresent(f -> StartupCheck.run(f, ds.getUsername(), ds.getPassword()));
                }
                return bean;
            }
        };
    }

    @Bean
    MarkWriter highWaterMark(DataSource dataSource) throws Exception {
        String url = dataSource.isWrapperFor(HikariDataSource.class)
                ? dataSource.unwrap(HikariDataSource.class).getJdbcUrl() : null;
        return new MarkWriter(dataSource, H2File.of(url).map(H2File::mark).orElse(null));
    }
}
