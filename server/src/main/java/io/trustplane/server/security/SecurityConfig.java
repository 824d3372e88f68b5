package io.trustplane.server.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless API-key security: {@code /health/**} is open (probes), {@code /metrics} is open unless
 * {@code trustplane.security.public-metrics=false}, {@code /api/v1/admin/**} needs the admin credential,
 * {@code /api/v1/audit/**} takes either, everything else under {@code /api/}, the OTLP receiver under
 * {@code /otlp/} and the OpenAI-compatible gateway under {@code /openai/} need a project key, given as {@code Authorization: Bearer <key>} or in the header named by
 * {@code trustplane.security.api-key-header}.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeyAuthenticator authenticator, SecurityProperties properties,
                            JsonMapper json, List<ProtocolErrors> protocolErrors) throws Exception {
        var handlers = new ProblemAuthenticationHandlers(json, properties.apiKeyHeader(), protocolErrors);
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(authenticator, handlers.entryPoint(), properties.apiKeyHeader()),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDeniedHandler()))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/health", "/health/**", "/error").permitAll();
                    if (properties.publicMetrics()) {
                        auth.requestMatchers("/metrics").permitAll();
                    }
                    auth.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                            .requestMatchers("/api/v1/audit/**").hasAnyRole("ADMIN", "PROJECT")
                            .requestMatchers("/api/**").hasRole("PROJECT")
                            .requestMatchers("/otlp/**").hasRole("PROJECT")
                            .requestMatchers("/openai/**").hasRole("PROJECT")
                            .anyRequest().hasRole("ADMIN");
                });
        return http.build();
    }
}
