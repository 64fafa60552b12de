package se.remiss.sakerhet;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.anvandare.Anvandare;
import se.remiss.anvandare.AnvandareService;
import se.remiss.plattform.Meddelanden;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;

/** Logging in and out with a form, and the user's own account page (password change). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InloggningResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance loggaIn(String till, String meddelande, String fel, String anvandarnamn,
                String csrf, boolean demo);

        static native TemplateInstance konto(Anvandare anvandare, List<String> roller, String klart,
                Map<String, String> fel, String telefon, Map<String, String> telefonfel);
    }

    @Inject
    Inloggning inloggning;

    @Inject
    Inloggad inloggad;

    @Inject
    SecurityIdentity identitet;

    @Inject
    RemissConfig config;

    @Inject
    HttpServerRequest http;

    @Inject
    Meddelanden meddelanden;

    @Inject
    AnvandareService anvandare;

    @GET
    @Path("logga-in")
    @PermitAll
    public Response sida(@RestQuery String till, @RestQuery Boolean utloggad,
            @CookieParam(CsrfSkydd.INLOGGNINGSKAKA) String csrf) {
        String meddelande = Boolean.TRUE.equals(utloggad) ? meddelanden.utloggad() : null;
        return formular(200, till, meddelande, null, null, csrf);
    }

    @POST
    @Path("logga-in")
    @PermitAll
    public Response loggaIn(@RestForm String anvandarnamn, @RestForm String losenord, @RestForm String till,
            @CookieParam(CsrfSkydd.INLOGGNINGSKAKA) String csrf) {
        Anvandare anvandare;
        try {
            anvandare = inloggning.verifiera(anvandarnamn, losenord == null ? "" : losenord,
                    Autentisering.klientadress(http));
        } catch (InloggningNekad.Sparrad e) {
            return formular(429, till, null, e.getMessage(), anvandarnamn, csrf);
        } catch (InloggningNekad e) {
            return formular(401, till, null, e.getMessage(), anvandarnamn, csrf);
        }
        String token = inloggning.startaSession(anvandare);
        return Response.seeOther(URI.create(lokalAdress(till)))
                .cookie(sessionskaka(token, false)).build();
    }

    @POST
    @Path("logga-ut")
    @Authenticated
    public Response loggaUt() {
        String session = identitet.getAttribute(Inloggning.SESSION);
        if (session != null) {
            inloggning.avsluta(session);
        }
        return Response.seeOther(URI.create("/logga-in?utloggad=true")).cookie(sessionskaka("", true)).build();
    }

    @GET
    @Path("konto")
    @Authenticated
    public TemplateInstance konto(@RestQuery String klart) {
        return kontosida(klart, Map.of());
    }

    @POST
    @Path("konto/losenord")
    @Authenticated
    public Response bytLosenord(@RestForm String nuvarande, @RestForm String nytt, @RestForm String upprepat) {
        Map<String, String> fel;
        try {
            fel = inloggning.bytLosenord(inloggad.anvandare().id, nuvarande, nytt, upprepat,
                    identitet.getAttribute(Inloggning.SESSION), Autentisering.klientadress(http));
        } catch (InloggningNekad.Sparrad e) {
            return Response.status(429).header("Retry-After", e.sekunder())
                    .entity(kontosida(null, Map.of("nuvarande", e.getMessage()))).build();
        }
        if (!fel.isEmpty()) {
            return Response.status(400).entity(kontosida(null, fel)).build();
        }
        return Response.seeOther(URI.create("/konto?klart=losenord")).build();
    }

    private TemplateInstance kontosida(String klart, Map<String, String> fel) {
        Anvandare a = inloggad.anvandare();
        return Templates.konto(a, a.rollmangd().stream().map(Roll::etikett).toList(), klart, fel,
                a.telefon == null ? "" : a.telefon, Map.of());
    }

    /** The user's own phone number, printed in the head of the documents they handle. */
    @POST
    @Path("konto/telefon")
    @Authenticated
    public Response sattTelefon(@RestForm String telefon) {
        try {
            anvandare.sattEgenTelefon(inloggad.anvandare().id, telefon == null ? "" : telefon);
        } catch (Valideringsfel e) {
            Anvandare a = inloggad.anvandare();
            return Response.status(400).entity(Templates.konto(a, a.rollmangd().stream().map(Roll::etikett).toList(),
                    null, Map.of(), telefon, e.perFalt())).build();
        }
        return Response.seeOther(URI.create("/konto?klart=telefon")).build();
    }

    private Response formular(int status, String till, String meddelande, String fel, String anvandarnamn, String csrf) {
        Response.ResponseBuilder svar = Response.status(status);
        String token = csrf;
        if (token == null || token.length() < 20) {
            token = Inloggning.slumptext(24);
            svar.cookie(new NewCookie.Builder(CsrfSkydd.INLOGGNINGSKAKA).value(token).path("/logga-in")
                    .httpOnly(true).secure(config.sakerhet().sakerCookie()).sameSite(NewCookie.SameSite.STRICT).build());
        }
        boolean demo = config.exempeldata().aktiv();
        return svar.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.loggaIn(lokalAdress(till), meddelande, fel, anvandarnamn, token, demo)).build();
    }

    private NewCookie sessionskaka(String token, boolean radera) {
        NewCookie.Builder b = new NewCookie.Builder(Autentisering.SESSIONSKAKA).value(token).path("/")
                .httpOnly(true).secure(config.sakerhet().sakerCookie()).sameSite(NewCookie.SameSite.LAX);
        if (radera) {
            b.maxAge(0);
        }
        return b.build();
    }

    /** Only a path on this site: "//evil.example" or "https://…" would make the login an open redirect. */
    static String lokalAdress(String till) {
        if (till == null || !till.startsWith("/") || till.startsWith("//") || till.startsWith("/\\")
                || till.startsWith("/logga-") || till.length() > 2000) {
            return "/";
        }
        // A target that is no valid URI ("/a b", "/%") would fail URI.create after the password
        // check and answer 500: a malformed target goes to the start page instead.
        try {
            URI adress = new URI(till);
            if (adress.getScheme() != null || adress.getRawAuthority() != null) {
                return "/";
            }
        } catch (URISyntaxException e) {
            return "/";
        }
        return till;
    }
}
