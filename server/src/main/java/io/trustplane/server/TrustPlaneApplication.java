package io.trustplane.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** TrustPlane server: one process with an embedded store by default. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TrustPlaneApplication {
    public static void main(String[] args) {
        SpringApplication.run(TrustPlaneApplication.class, args);
    }
}
