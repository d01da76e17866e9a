package cn.hubei.yishi.advisor.access;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** Login for staff; the applicant's API and pages need none. */
@Configuration
@EnableConfigurationProperties(AccessConfig.Users.class)
class AccessConfig {

    /**
     * Staff accounts: {@code advisor.users[0].name}, {@code .password} (a Spring Security encoded
     * password, e.g. {@code {bcrypt}…}) and {@code .roles} (POLICY, CLERK).
     */
    @ConfigurationProperties("advisor")
    record Users(List<Account> users) {
        Users {
            users = users == null ? List.of() : users;
        }
    }

    record Account(String name, String password, List<String> roles) {
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/rules/reload", "/rules/reload").hasRole("POLICY")
                        // Cases hold applicants' personal data: window clerks only.
                        .requestMatchers("/api/cases", "/api/cases/**", "/cases", "/cases/**").hasRole("CLERK")
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").successHandler(new StaffHome()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // The JSON API is called with HTTP Basic, not from a browser session; handing in answers
                // is anonymous and changes nothing of anyone else's, and its page is too long to add a
                // session token after the response has started.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/themes/*/submit"));
        return http.build();
    }

    @Bean
    UserDetailsService users(Users configured) {
        List<UserDetails> accounts = new ArrayList<>();
        for (Account a : configured.users()) {
            accounts.add(User.withUsername(a.name()).password(a.password())
                    .roles(a.roles().toArray(String[]::new)).build());
        }
        return new InMemoryUserDetailsManager(accounts);
    }
}
