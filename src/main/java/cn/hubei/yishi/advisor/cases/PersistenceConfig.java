package cn.hubei.yishi.advisor.cases;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.dialect.JdbcH2Dialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.sql.IdentifierProcessing;

/**
 * Spring Data JDBC quotes identifiers by default, which makes them case-sensitive: H2 and
 * PostgreSQL fold unquoted names the opposite ways, so the Flyway schema (unquoted) would match only
 * one of them. Unquoted SQL works on both.
 *
 * <p>Spring Data folds the letter case of identifiers with the JVM's default locale: under Turkish,
 * {@code applicant_id_number} became {@code APPLİCANT_İD_NUMBER} and every case query failed. The
 * dialects here fold with {@link Locale#ROOT}.
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

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcH2Dialect && !(bean instanceof RootLocaleH2)) {
                    return new RootLocaleH2();
                }
                if (bean instanceof JdbcPostgresDialect && !(bean instanceof RootLocalePostgres)) {
                    return new RootLocalePostgres();
                }
                return bean;
            }
        };
    }

    static final class RootLocaleH2 extends JdbcH2Dialect {
        @Override
        public IdentifierProcessing getIdentifierProcessing() {
            return new RootLocale(super.getIdentifierProcessing());
        }
    }

    static final class RootLocalePostgres extends JdbcPostgresDialect {
        @Override
        public IdentifierProcessing getIdentifierProcessing() {
            return new RootLocale(super.getIdentifierProcessing());
        }
    }

    /** The dialect's quoting and letter case, the case folded independently of the default locale. */
    record RootLocale(IdentifierProcessing dialect) implements IdentifierProcessing {
        @Override
        public String quote(String identifier) {
            return dialect.quote(identifier);
        }

        @Override
        public String standardizeLetterCase(String identifier) {
            // Which way the dialect folds, asked with a letter every locale folds alike.
            String upperA = dialect.standardizeLetterCase("a");
            if (upperA.equals("A")) {
                return identifier.toUpperCase(Locale.ROOT);
            }
            return dialect.standardizeLetterCase("A").equals("a") ? identifier.toLowerCase(Locale.ROOT) : identifier;
        }
    }
}
