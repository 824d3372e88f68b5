package io.trustplane.server.ops;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One switch for the log format: {@code trustplane.log.format} (env {@code TRUSTPLANE_LOG_FORMAT}) is
 * {@code ecs} (default, JSON), {@code logstash} or {@code gelf} (JSON too), or {@code text} for
 * human-readable lines. It sets Spring Boot's {@code logging.structured.format.console}, which has no
 * value meaning "plain text" of its own.
 */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
    static final String PROPERTY = "trustplane.log.format";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(PROPERTY, "ecs").trim().toLowerCase(Locale.ROOT);
        String structured = switch (format) {
            case "text", "plain", "" -> "";
            case "ecs", "logstash", "gelf" -> format;
            default -> throw new IllegalArgumentException(
                    PROPERTY + " (TRUSTPLANE_LOG_FORMAT) must be ecs, logstash, gelf or text, not '" + format + "'");
        };
        if (environment.getProperty("logging.structured.format.console") == null) {
            environment.getPropertySources().addLast(new MapPropertySource("trustplaneLogFormat",
                    Map.of("logging.structured.format.console", structured)));
        }
    }

    /** After the config files are loaded, so the setting can come from application.yaml too. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
