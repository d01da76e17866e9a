package cn.hubei.yishi.advisor.cases;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes identifiers by default, which makes them case-sensitive: H2 and
 * PostgreSQL fold unquoted names the opposite ways, so the Flyway schema (unquoted) would match only
 * one of them. Unquoted SQL works on both.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
