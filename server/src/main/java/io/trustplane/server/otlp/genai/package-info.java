/**
 * The semantic part of OTLP ingestion: what the GenAI conventions say about a span or a log record.
 *
 * <p>{@link io.trustplane.server.otlp.genai.GenAiConventions} reads OTLP spans and log records by one table,
 * {@code GenAiMapping}: target field, the attributes or events that carry it in precedence order, and the
 * convention and version each comes from (OpenTelemetry GenAI semantic conventions v1.26 and earlier, v1.27–v1.36,
 * v1.37+, v1.38+; OpenLLMetry; OpenInference). Messages of every convention are normalized to one shape
 * ({@code Messages}). Everything here is pure: no Spring, no I/O.
 */
package io.trustplane.server.otlp.genai;
