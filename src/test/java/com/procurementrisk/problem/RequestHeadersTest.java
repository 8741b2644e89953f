package com.procurementrisk.problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The header questions asked before any resource, on the values issue 20's requests sent. */
class RequestHeadersTest {

    @Test
    void anAcceptWithAnUnreadableWeightIsRefusedAndJavasOwnDefaultIsNot() {
        for (String bad : List.of("text/html;q=", "text/html;q=x", "application/json;q=2", "text/html;q", ";")) {
            assertThat(RequestHeaders.readableAccept(List.of(bad), true)).as(bad).isFalse();
        }
        String javaDefault = "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2";
        assertThat(RequestHeaders.readableAccept(List.of(javaDefault), false)).isTrue();
        assertThat(RequestHeaders.readableAccept(List.of("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"), true))
                .isTrue();
    }

    @Test
    void onlyAFormIsAFormAndMultipartNeedsItsBoundary() {
        assertThat(RequestHeaders.form("application/x-www-form-urlencoded; charset=UTF-8")).isTrue();
        assertThat(RequestHeaders.form("multipart/form-data; boundary=x")).isTrue();
        assertThat(RequestHeaders.form(null)).isFalse();
        assertThat(RequestHeaders.form("text/plain")).isFalse();
        assertThat(RequestHeaders.missingBoundary("multipart/form-data")).isTrue();
        assertThat(RequestHeaders.missingBoundary("multipart/form-data; boundary=")).isTrue();
        assertThat(RequestHeaders.missingBoundary("multipart/form-data; boundary=x")).isFalse();
    }

    @Test
    void aCookieValueFromTheAddressIsMadeWritable() {
        assertThat(RequestHeaders.cookieValue("http://localhost/account/tokens?a=;b")).isFalse();
        assertThat(RequestHeaders.percentEncoded("/account/tokens?a=;b \"é\""))
                .isEqualTo("/account/tokens?a=%3Bb%20%22%C3%A9%22");
        assertThat(RequestHeaders.cookieValue(RequestHeaders.percentEncoded("a;b,c\\d\u0001"))).isTrue();
    }
}
