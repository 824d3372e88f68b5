package io.trustplane.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** No user store: callers authenticate with API keys, so Boot's generated default user is excluded. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
// TrustPlane server: one process with an embedded store by default.
public class TrustPlaneApplication {
    public static void main(String[] args) {
        SpringApplication.run(TrustPlaneApplication.class, args);
    }
}
