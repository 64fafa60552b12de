package se.remiss.sakerhet;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** "Who is behind this session cookie?" – answered by {@link Identitetsgivare.AvSession}. */
public class SessionBegaran extends BaseAuthenticationRequest {

    private final String token;

    public SessionBegaran(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
