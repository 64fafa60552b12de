package se.remiss.diarium;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import se.remiss.diarium.DiariumService.Bilaga;
import se.remiss.plattform.RemissConfig;

/**
 * Issues and redeems receipts for uploaded files ({@link Filkvitto}): a form shown again carries a
 * receipt, and only the session and user it was issued to get the file back with it.
 */
@ApplicationScoped
public class Filkvittering {

    private static final SecureRandom SLUMP = new SecureRandom();

    /** Who may redeem a receipt: one login session ({@code Inloggad.sessionsnyckel}) and its user. */
    public record Bindning(String sessionsnyckel, long anvandare) {
    }

    @Inject
    RemissConfig config;

    /** A receipt for a stored file, bound to {@code bindning}; null without a session (API clients). */
    @Transactional
    public String kvittera(Bilaga bilaga, Bindning bindning) {
        if (bilaga == null || bindning == null) {
            return null;
        }
        Instant nu = Instant.now();
        Filkvitto.rensa(nu.minus(config.sakerhet().sessionMaxlangd()));
        byte[] slump = new byte[32];
        SLUMP.nextBytes(slump);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(slump);
        Filkvitto k = new Filkvitto();
        k.id = hash(token);
        k.sessionsnyckel = bindning.sessionsnyckel();
        k.anvandareId = bindning.anvandare();
        k.sha256 = bilaga.fil().sha256;
        k.filnamn = bilaga.filnamn();
        k.mimetyp = bilaga.mimetyp();
        k.skapad = nu;
        k.persist();
        return token;
    }

    /**
     * The file a receipt stands for, if it was issued to this session and user and the file is still
     * stored; empty for anything else (another session's receipt, a made-up value, a file's hash).
     */
    @Transactional
    public Optional<Bilaga> inlos(String token, Bindning bindning) {
        if (token == null || token.isBlank() || token.length() > 100 || bindning == null) {
            return Optional.empty();
        }
        Instant sedan = Instant.now().minus(config.sakerhet().sessionMaxlangd());
        return Filkvitto.giltigt(hash(token), bindning.sessionsnyckel(), bindning.anvandare(), sedan)
                .flatMap(k -> Fil.<Fil>findByIdOptional(k.sha256).map(f -> new Bilaga(k.filnamn, k.mimetyp, f)));
    }

    private static String hash(String token) {
        return Fil.sha256(token.getBytes(StandardCharsets.UTF_8));
    }
}
