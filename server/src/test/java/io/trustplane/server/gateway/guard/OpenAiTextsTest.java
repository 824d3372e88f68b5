package io.trustplane.server.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.server.gateway.openai.OpenAiTexts;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenAiTextsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void chatRequestTextsAreAddressedByJsonPointerWithTheirRoles() {
        JsonNode body = JSON.readTree("""
                {"model":"gpt-4o","x_unknown":{"keep":[1,2.50,null]},"messages":[
                  {"role":"developer","content":"You are terse."},
                  {"role":"user","content":[{"type":"text","text":"Hello"},{"type":"image_url","image_url":{"url":"https://x/y.png"}}]},
                  {"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{\\"a\\":1}"}}]},
                  {"role":"tool","tool_call_id":"c1","content":"result text"}],
                 "tools":[{"type":"function","function":{"name":"f","description":"not guarded"}}]}""");
        OpenAiTexts.Extracted texts = OpenAiTexts.request(GatewayEndpoint.CHAT_COMPLETIONS, body);
        assertThat(texts.segments()).extracting(TextSegment::id).containsExactly("/messages/0/content",
                "/messages/1/content/0/text", "/messages/2/tool_calls/0/function/arguments", "/messages/3/content");
        assertThat(texts.segments()).extracting(TextSegment::role).containsExactly(TextRole.SYSTEM, TextRole.USER,
                TextRole.ASSISTANT, TextRole.TOOL);
        assertThat(texts.systemPrompts()).containsExactly("You are terse.");
        for (TextSegment s : texts.segments()) assertThat(body.at(s.id()).asString()).isEqualTo(s.text());
    }

    @Test
    void completionsResponsesAndEmbeddings() {
        assertThat(OpenAiTexts.request(GatewayEndpoint.COMPLETIONS, JSON.readTree("{\"prompt\":[\"a\",[1,2],\"b\"]}")).segments())
                .extracting(TextSegment::id).containsExactly("/prompt/0", "/prompt/2");
        JsonNode responses = JSON.readTree("""
                {"instructions":"Be kind","input":[{"role":"user","content":[{"type":"input_text","text":"Hi"}]},
                  {"type":"function_call","call_id":"x","name":"f","arguments":"{}"},
                  {"type":"function_call_output","call_id":"x","output":"tool says"}]}""");
        OpenAiTexts.Extracted r = OpenAiTexts.request(GatewayEndpoint.RESPONSES, responses);
        assertThat(r.segments()).extracting(TextSegment::id).containsExactly("/instructions", "/input/0/content/0/text",
                "/input/1/arguments", "/input/2/output");
        assertThat(r.segments().getLast().role()).isEqualTo(TextRole.TOOL);
        assertThat(OpenAiTexts.request(GatewayEndpoint.EMBEDDINGS, JSON.readTree("{\"input\":\"doc\"}")).segments().getFirst().role())
                .isEqualTo(TextRole.DOCUMENT);
        JsonNode answer = JSON.readTree("""
                {"choices":[{"index":0,"message":{"role":"assistant","content":"Hi!","tool_calls":[{"function":{"name":"f","arguments":"{}"}}]}}]}""");
        assertThat(OpenAiTexts.response(GatewayEndpoint.CHAT_COMPLETIONS, answer)).extracting(TextSegment::id)
                .containsExactly("/choices/0/message/content", "/choices/0/message/tool_calls/0/function/arguments");
    }

    @Test
    void replaceRewritesOnlyThoseStringsAndKeepsEverythingElse() {
        JsonNode body = JSON.readTree("{\"a\":[\"x\",{\"b\":\"y\"}],\"n\":1.50,\"u\":{\"k\":null}}");
        JsonNode out = JsonTexts.replace(body, Map.of("/a/0", "X", "/a/1/b", "y"));
        assertThat(JSON.writeValueAsString(out)).isEqualTo("{\"a\":[\"X\",{\"b\":\"y\"}],\"n\":1.5,\"u\":{\"k\":null}}");
        assertThat(body.at("/a/0").asString()).isEqualTo("x");
        assertThat(JsonTexts.replace(body, Map.of("/a/1/b", "y"))).isSameAs(body);
        assertThatThrownBy(() -> JsonTexts.replace(body, Map.of("/n", "z"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalsLookLikeAnswersAndErrorsLikeOpenAis() {
        BlockedAnswer error = Refusals.answer(GatewayEndpoint.CHAT_COMPLETIONS, false, "No.", "block-injection", false, "m", false, JSON);
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.body().path("error").path("code").asString()).isEqualTo("content_policy_violation");
        assertThat(error.body().path("error").path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.body().path("error").path("message").asString()).contains("block-injection");
        BlockedAnswer refusal = Refusals.answer(GatewayEndpoint.CHAT_COMPLETIONS, true, "No.", "r", false, "m", false, JSON);
        assertThat(refusal.status()).isEqualTo(200);
        assertThat(refusal.body().at("/choices/0/message/content").asString()).isEqualTo("No.");
        assertThat(refusal.body().at("/choices/0/finish_reason").asString()).isEqualTo("stop");
        BlockedAnswer streamed = Refusals.answer(GatewayEndpoint.CHAT_COMPLETIONS, true, "No.", "r", false, "m", true, JSON);
        assertThat(streamed.events()).hasSize(3).last().isEqualTo("[DONE]");
        assertThat(JSON.readTree(streamed.events().getFirst()).at("/choices/0/delta/content").asString()).isEqualTo("No.");
        assertThat(Refusals.answer(GatewayEndpoint.EMBEDDINGS, true, "No.", "r", false, "m", false, JSON).status()).isEqualTo(400);
        assertThat(List.of(Refusals.answer(GatewayEndpoint.RESPONSES, true, "No.", "r", true, "m", false, JSON).body()
                .at("/output/0/content/0/text").asString())).containsExactly("No.");
    }
}
