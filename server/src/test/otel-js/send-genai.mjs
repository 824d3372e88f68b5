// Sends one GenAI agent trace per OTLP encoding to an OTLP/HTTP endpoint with the OpenTelemetry JS SDK,
// configured as an application would: OTEL_EXPORTER_OTLP_ENDPOINT (the exporter appends /v1/traces),
// an Authorization header, a BatchSpanProcessor, forceFlush and shutdown.
//
//   node send-genai.mjs --endpoint http://localhost:8080/otlp --key tpk_... --seed run-1
//   (or OTEL_EXPORTER_OTLP_ENDPOINT, TRUSTPLANE_API_KEY, TRACE_SEED)
//
// The JSON exporter (@opentelemetry/exporter-trace-otlp-http) sends uncompressed application/json; the
// protobuf exporter (@opentelemetry/exporter-trace-otlp-proto) sends gzip-compressed application/x-protobuf.
// Ids are derived from the seed: trace id = sha256("<seed>|<encoding>") (first 32 hex digits), span ids
// = sha256("<seed>|<encoding>|span|<n>") (first 16), so the caller knows them in advance. Prints one JSON
// line per encoding ({"encoding", "traceId", "spans": {name: spanId}}) and exits 1 when any export fails.
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { ExportResultCode } from '@opentelemetry/core';
import { OTLPTraceExporter as JsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';

const { values: args } = parseArgs({
  options: {
    endpoint: { type: 'string' },
    key: { type: 'string' },
    seed: { type: 'string' },
    only: { type: 'string' },
  },
});
const endpoint = args.endpoint ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
const key = args.key ?? process.env.TRUSTPLANE_API_KEY;
const seed = args.seed ?? process.env.TRACE_SEED ?? 'otel-js';
if (!endpoint || !key) {
  console.error('usage: node send-genai.mjs --endpoint <base, e.g. http://localhost:8080/otlp> --key <api key> [--seed <text>] [--only json|protobuf]');
  process.exit(2);
}
// The exporters read the base endpoint from the environment and append the signal path themselves.
process.env.OTEL_EXPORTER_OTLP_ENDPOINT = endpoint;
delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;

const hex = (text, length) => createHash('sha256').update(text).digest('hex').slice(0, length);

/** 2026-11-22T10:00:00Z plus a number of microseconds, as an HrTime [seconds, nanoseconds]. */
const BASE_SECONDS = Date.UTC(2026, 10, 22, 10, 0, 0) / 1000;
const at = (micros) => [BASE_SECONDS + Math.floor(micros / 1e6), (micros % 1e6) * 1000];

class SeededIds {
  constructor(prefix) {
    this.prefix = prefix;
    this.next = 0;
  }
  generateTraceId() {
    return hex(this.prefix, 32);
  }
  generateSpanId() {
    return hex(`${this.prefix}|span|${this.next++}`, 16);
  }
}

/** An export error as "HTTP <status>" when the server answered, else its message. */
const describe = (error) => (typeof error?.code === 'number' ? `HTTP ${error.code}` : String(error?.code ?? error?.message ?? error ?? 'export failed'));

/** Passes every batch to the real exporter and remembers whether one failed. */
class Recording {
  constructor(delegate) {
    this.delegate = delegate;
    this.failures = [];
    this.exported = 0;
  }
  export(spans, done) {
    this.delegate.export(spans, (result) => {
      if (result.code === ExportResultCode.SUCCESS) this.exported += spans.length;
      else this.failures.push(describe(result.error));
      done(result);
    });
  }
  forceFlush() {
    return this.delegate.forceFlush ? this.delegate.forceFlush() : Promise.resolve();
  }
  shutdown() {
    return this.delegate.shutdown();
  }
}

const messages = (value) => JSON.stringify(value);
const SYSTEM = [{ type: 'text', content: 'You are a travel assistant. Use the tools you are given.' }];
const QUESTION = { role: 'user', parts: [{ type: 'text', content: 'What is the weather in Paris today?' }] };
const TOOL_CALL = { type: 'tool_call', id: 'call_weather_1', name: 'get_weather', arguments: { city: 'Paris' } };
const TOOL_RESULT = { temperature_c: 14, conditions: 'light rain' };
const ANSWER = 'It is 14 °C with light rain in Paris: take an umbrella.';

/** invoke_agent → chat (asks for a tool) → execute_tool → chat (answers), with fixed times and attributes. */
function emitTrace(tracer, encoding) {
  const conversation = `conv-${hex(seed, 8)}`;
  const common = { 'gen_ai.provider.name': 'openai', 'gen_ai.conversation.id': conversation };
  const agent = tracer.startSpan('invoke_agent travel-assistant', {
    kind: SpanKind.INTERNAL,
    startTime: at(0),
    attributes: {
      ...common,
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.agent.name': 'travel-assistant',
      'gen_ai.agent.id': 'agent-travel-1',
      'gen_ai.request.model': 'gpt-4o',
      'user.id': 'user-js-7',
      'test.encoding': encoding,
    },
  });
  const child = (name, options) => tracer.startSpan(name, options, trace.setSpan(ROOT_CONTEXT, agent));

  const chat1 = child('chat gpt-4o', {
    kind: SpanKind.CLIENT,
    startTime: at(10_000),
    attributes: {
      ...common,
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-4o',
      'gen_ai.request.temperature': 0.2,
      'gen_ai.request.max_tokens': 512,
      'gen_ai.response.model': 'gpt-4o-2024-08-06',
      'gen_ai.response.id': 'chatcmpl-js-1',
      'gen_ai.response.finish_reasons': ['tool_calls'],
      'gen_ai.usage.input_tokens': 87,
      'gen_ai.usage.output_tokens': 19,
      'gen_ai.system_instructions': messages(SYSTEM),
      'gen_ai.input.messages': messages([QUESTION]),
      'gen_ai.output.messages': messages([{ role: 'assistant', parts: [TOOL_CALL], finish_reason: 'tool_call' }]),
      'server.address': 'api.openai.com',
      'server.port': 443,
    },
  });
  chat1.end(at(910_500));

  const tool = child('execute_tool get_weather', {
    kind: SpanKind.INTERNAL,
    startTime: at(920_000),
    attributes: {
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'get_weather',
      'gen_ai.tool.type': 'function',
      'gen_ai.tool.description': 'Current weather for a city',
      'gen_ai.tool.call.id': 'call_weather_1',
      'gen_ai.tool.call.arguments': JSON.stringify(TOOL_CALL.arguments),
      'gen_ai.tool.call.result': JSON.stringify(TOOL_RESULT),
    },
  });
  tool.setStatus({ code: SpanStatusCode.OK });
  tool.end(at(1_020_250));

  const chat2 = child('chat gpt-4o', {
    kind: SpanKind.CLIENT,
    startTime: at(1_030_000),
    attributes: {
      ...common,
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-4o',
      'gen_ai.response.model': 'gpt-4o-2024-08-06',
      'gen_ai.response.id': 'chatcmpl-js-2',
      'gen_ai.response.finish_reasons': ['stop'],
      'gen_ai.usage.input_tokens': 131,
      'gen_ai.usage.output_tokens': 23,
      'gen_ai.input.messages': messages([
        QUESTION,
        { role: 'assistant', parts: [TOOL_CALL] },
        { role: 'tool', parts: [{ type: 'tool_call_response', id: 'call_weather_1', response: TOOL_RESULT }] },
      ]),
      'gen_ai.output.messages': messages([
        { role: 'assistant', parts: [{ type: 'text', content: ANSWER }], finish_reason: 'stop' },
      ]),
    },
  });
  chat2.end(at(2_390_000));

  agent.addEvent('gen_ai.evaluation.result', {
    'gen_ai.evaluation.name': 'relevance',
    'gen_ai.evaluation.score.value': 0.92,
    'gen_ai.evaluation.score.label': 'relevant',
    'gen_ai.evaluation.explanation': 'The answer addresses the question.',
  }, at(2_395_000));
  agent.setStatus({ code: SpanStatusCode.OK });
  agent.end(at(2_400_000));

  const spanIds = {
    agent: agent.spanContext().spanId,
    chat1: chat1.spanContext().spanId,
    tool: tool.spanContext().spanId,
    chat2: chat2.spanContext().spanId,
  };
  return { traceId: agent.spanContext().traceId, spans: spanIds, conversation };
}

async function send(encoding) {
  const options = { headers: { Authorization: `Bearer ${key}` }, timeoutMillis: 15_000 };
  const exporter = new Recording(encoding === 'json'
    ? new JsonTraceExporter(options)
    : new ProtoTraceExporter({ ...options, compression: 'gzip' }));
  const provider = new BasicTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({
      'service.name': 'otel-js-genai',
      'service.version': '1.2.3',
      'deployment.environment.name': 'test',
    })),
    idGenerator: new SeededIds(`${seed}|${encoding}`),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 60_000 })],
  });
  const tracer = provider.getTracer('trustplane-otel-js-test', '0.1.0');
  const sent = emitTrace(tracer, encoding);
  try {
    await provider.forceFlush();
  } catch (e) {
    if (exporter.failures.length === 0) exporter.failures.push(describe(e));
  }
  await provider.shutdown();
  console.log(JSON.stringify({ encoding, ...sent, exported: exporter.exported, failures: exporter.failures }));
  return exporter.failures.length === 0 && exporter.exported === 4;
}

let ok = true;
for (const encoding of ['json', 'protobuf']) {
  if (args.only && args.only !== encoding) continue;
  if (!(await send(encoding))) {
    ok = false;
    console.error(`${encoding}: export to ${endpoint} failed`);
  }
}
process.exit(ok ? 0 : 1);
