package cn.hubei.yishi.advisor.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/** Login for staff; the applicant's API and pages need none. */
@Configuration
@EnableConfigurationProperties({AccessConfig.Users.class, LoginLimits.class})
class AccessConfig {

    private static final Logger log = LoggerFactory.getLogger(AccessConfig.class);

    /** Only the site's own scripts and styles: no inline script, style or event handler runs. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Staff accounts: {@code advisor.users[0].name} (the login), {@code .password} (a Spring Security
     * encoded password, e.g. {@code {bcrypt}…}), {@code .roles} (POLICY, CLERK) and {@code .display-name}
     * (the person's name as documents print it, e.g. 张敏; required for a CLERK).
     */
    @ConfigurationProperties("advisor")
    record Users(List<Account> users) {
        Users {
            users = users == null ? List.of() : users;
        }
    }

    record Account(String name, String password, List<String> roles, String displayName) {
        Account {
            roles = roles == null ? List.of() : roles;
            displayName = displayName == null ? "" : displayName.strip();
        }
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, LoginLimits limits,
            JsonMapper json) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(new BoundedPasswordEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), limits.passwordChecks()));
        LoginThrottle throttle = new LoginThrottle(limits, Clock.systemUTC());
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.authenticationManager(new ProviderManager(new ThrottledAuthentication(passwords, throttle)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/rules/reload", "/rules/reload").hasRole("POLICY")
                        // The status names files and problems of the rules being edited: policy staff only.
                        .requestMatchers("/api/rules/status", "/rules/status").hasRole("POLICY")
                        // Cases hold applicants' personal data: window clerks only.
                        .requestMatchers("/api/cases", "/api/cases/**", "/cases", "/cases/**").hasRole("CLERK")
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(LoginRefusals.api(json)))
                .formLogin(form -> form.loginPage("/login").successHandler(new StaffHome())
                        .failureHandler(LoginRefusals.form()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // Handing in answers is anonymous and changes nothing of anyone else's, and the submit
                // page is too long to add a session token after the response has started.
                .csrf(csrf -> csrf.ignoringRequestMatchers(AccessConfig::apiWithoutAmbientCredentials)
                        .ignoringRequestMatchers(paths.matcher(HttpMethod.POST, "/api/themes/*/evaluate"),
                                paths.matcher(HttpMethod.POST, "/themes/*/submit")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * An API call that no browser could have sent on a user's behalf from another site: it carries no
     * session cookie (a script's HTTP Basic call, or an anonymous one), and no browser marked it as
     * coming from another site (which is how cached Basic credentials would be replayed). Every other
     * API call that changes something needs the session's CSRF token.
     */
    private static boolean apiWithoutAmbientCredentials(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return request.getRequestedSessionId() == null && (site == null || Set.of("same-origin", "none").contains(site));
    }

    /** The names documents print for the logins in a case's history. */
    @Bean
    StaffNames staffNames(Users configured) {
        Map<String, String> names = new HashMap<>();
        for (Account a : configured.users()) {
            if (a.name() != null && !a.displayName().isEmpty()) {
                names.putIfAbsent(a.name(), a.displayName());
            }
        }
        return new StaffNames(names);
    }

    @Bean
    UserDetailsService users(Users configured, Environment env, @Value("${advisor.demo:false}") boolean demo) {
        try {
            StaffAccounts.check(configured.users(), env.acceptsProfiles(Profiles.of("demo")), demo);
        } catch (IllegalStateException e) {
            log.error(e.getMessage());
            throw e;
        }
        List<UserDetails> accounts = new ArrayList<>();
        for (Account a : configured.users()) {
            accounts.add(User.withUsername(a.name()).password(a.password())
                    .roles(a.roles().toArray(String[]::new)).build());
        }
        return new InMemoryUserDetailsManager(accounts);
    }
}
