package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;
import se.remiss.sakerhet.Fixtur.Sida;
import se.remiss.testhjalp.Api;

/**
 * Endpoint × role: every route of the application has a row saying who may call it, and every
 * row is tried as anonymous, as each role of the owning organisation and as another
 * organisation's user holding every role. A route added without a row fails
 * {@link #varjeRuttHarEnRad()}.
 */
@QuarkusTest
class RuttMatrisTest {

    /** Anyone, also anonymous. */
    static final Set<String> PUBLIK = Set.of("*");
    /** Every logged-in user, whatever the role. */
    static final Set<String> INLOGGAD = Set.of();
    static final Set<String> REG = Set.of(Roll.REGISTRATOR);
    static final Set<String> ADM = Set.of(Roll.ADMINISTRATOR);
    static final Set<String> REG_HAND = Set.of(Roll.REGISTRATOR, Roll.HANDLAGGARE);
    static final Set<String> BEREDNING = Set.of(Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE);
    static final Set<String> HAND = Set.of(Roll.HANDLAGGARE);
    static final Set<String> ADM_HAND = Set.of(Roll.ADMINISTRATOR, Roll.HANDLAGGARE);
    static final Set<String> SEKR = Set.of(Roll.NAMNDSEKRETERARE);
    static final Set<String> LEDAMOT = Set.of(Roll.LEDAMOT);

    enum Kropp { INGEN, JSON, FORM, MULTIPART }

    /**
     * One route: who may call it, whose object it addresses (null: none – lists, registers, own
     * account), and what body to send so that a permitted call fails validation or finds the
     * state already changed rather than altering anything of consequence.
     */
    record Rad(String metod, String mall, Set<String> roller, Sida agare, Kropp kropp) {
        String nyckel() {
            return metod + " " + mall;
        }
    }

    static final List<Rad> TABELL = List.of(
            // Login and the user's own account
            new Rad("GET", "/logga-in", PUBLIK, null, Kropp.INGEN),
            new Rad("POST", "/logga-in", PUBLIK, null, Kropp.FORM),
            new Rad("POST", "/logga-ut", INLOGGAD, null, Kropp.FORM),
            new Rad("GET", "/konto", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/konto/losenord", INLOGGAD, null, Kropp.FORM),
            new Rad("POST", "/konto/telefon", INLOGGAD, null, Kropp.FORM),
            // Remisser: the sender's side
            new Rad("GET", "/", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/remisser", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/remisser/export", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/remisser/ny", REG, null, Kropp.INGEN),
            new Rad("POST", "/remisser", REG, null, Kropp.MULTIPART),
            new Rad("GET", "/remisser/{id}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/remisser/{id}/mottagare/export", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            // The sammanställning of the answers: the sender only (a recipient must not read the others')
            new Rad("GET", "/remisser/{id}/sammanstallning", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/remisser/{id}/sammanstallning/export", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/api/remisser/{id}/sammanstallning", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/remisser/{id}/dokument", REG, Sida.AVSANDARE, Kropp.MULTIPART),
            new Rad("GET", "/remisser/{id}/dokument/{dokumentId}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/remisser/{id}/mottagare", REG, Sida.AVSANDARE, Kropp.FORM),
            new Rad("POST", "/remisser/{id}/mottagare/{mottagareId}/ta-bort", REG, Sida.AVSANDARE, Kropp.FORM),
            new Rad("POST", "/remisser/{id}/mottagare/{mottagareId}/frister", REG, Sida.AVSANDARE, Kropp.FORM),
            new Rad("GET", "/remisser/{id}/skicka", REG, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/remisser/{id}/skicka", REG, Sida.AVSANDARE, Kropp.FORM),
            new Rad("GET", "/remisser/{id}/mottagare/{mottagareId}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/api/remisser", REG, null, Kropp.JSON),
            new Rad("GET", "/api/remisser", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/api/remisser/{id}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/api/remisser/{id}/dokument", REG, Sida.AVSANDARE, Kropp.MULTIPART),
            new Rad("GET", "/api/remisser/{id}/dokument/{dokumentId}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/api/remisser/{id}/dokument/{dokumentId}/fil", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/api/remisser/{id}/skicka", REG, Sida.AVSANDARE, Kropp.JSON),
            new Rad("POST", "/api/remisser/{id}/mottagare", REG, Sida.AVSANDARE, Kropp.JSON),
            new Rad("DELETE", "/api/remisser/{id}/mottagare/{mottagareId}", REG, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("PUT", "/api/remisser/{id}/mottagare/{mottagareId}/frister", REG, Sida.AVSANDARE, Kropp.JSON),
            new Rad("GET", "/api/remisser/{id}/mottagare/{mottagareId}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            // The programme of a remiss
            new Rad("GET", "/remisser/{id}/program", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/remisser/{id}/program/senaste", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/remisser/{id}/program", REG_HAND, Sida.AVSANDARE, Kropp.MULTIPART),
            new Rad("GET", "/api/remisser/{id}/program", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/api/remisser/{id}/program", REG_HAND, Sida.AVSANDARE, Kropp.MULTIPART),
            new Rad("GET", "/program/{pid}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/program/{pid}/jamfor/{annan}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/api/program/{pid}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/api/program/{pid}/jamfor/{annan}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            // The recipient's side
            new Rad("GET", "/inkomna", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/inkomna/export", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/mina-arenden", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/mina-arenden/export", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/mottagare/{id}", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/mottagare/{id}/mottag", REG, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/mottagare/{id}/tilldela", REG, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("GET", "/mottagare/{id}/status", BEREDNING, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/mottagare/{id}/status", BEREDNING, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("GET", "/api/mottagare", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/api/mottagare/{id}", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/api/mottagare/{id}/mottag", REG, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/api/mottagare/{id}/tilldela", REG, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("POST", "/api/mottagare/{id}/status", BEREDNING, Sida.MOTTAGARE, Kropp.JSON),
            // Anstånd: the recipient's registrator or handläggare asks, the sender's registrator decides
            new Rad("POST", "/mottagare/{id}/anstand", REG_HAND, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/api/mottagare/{id}/anstand", REG_HAND, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("GET", "/api/mottagare/{id}/anstand", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("GET", "/api/anstand/{id}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/anstand/{id}/bevilja", REG, Sida.AVSANDARE, Kropp.FORM),
            new Rad("POST", "/anstand/{id}/avsla", REG, Sida.AVSANDARE, Kropp.FORM),
            new Rad("POST", "/api/anstand/{id}/bevilja", REG, Sida.AVSANDARE, Kropp.JSON),
            new Rad("POST", "/api/anstand/{id}/avsla", REG, Sida.AVSANDARE, Kropp.JSON),
            new Rad("POST", "/api/mottagare/{id}/delegationsbeslut", BEREDNING, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("POST", "/api/mottagare/{id}/avsta", BEREDNING, Sida.MOTTAGARE, Kropp.JSON),
            // The committee's meeting calendar: the unit (members included) reads, the nämndsekreterare keeps it
            new Rad("GET", "/api/sammantraden", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/api/sammantraden", SEKR, null, Kropp.JSON),
            new Rad("GET", "/api/sammantraden/{id}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("PUT", "/api/sammantraden/{id}", SEKR, Sida.AVSANDARE, Kropp.JSON),
            new Rad("DELETE", "/api/sammantraden/{id}", SEKR, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/api/sammantraden/import", SEKR, null, Kropp.MULTIPART),
            new Rad("GET", "/api/sammantraden/regel", INLOGGAD, null, Kropp.INGEN),
            new Rad("PUT", "/api/sammantraden/regel", SEKR, null, Kropp.JSON),
            new Rad("GET", "/api/sammantraden/ledamoter", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/api/sammantraden/ledamoter", SEKR, null, Kropp.JSON),
            new Rad("DELETE", "/api/sammantraden/ledamoter/{lid}", SEKR, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/sammantraden", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/sammantraden", SEKR, null, Kropp.FORM),
            new Rad("POST", "/sammantraden/import", SEKR, null, Kropp.MULTIPART),
            new Rad("POST", "/sammantraden/regel", SEKR, null, Kropp.FORM),
            new Rad("GET", "/sammantraden/{id}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/sammantraden/{id}", SEKR, Sida.AVSANDARE, Kropp.FORM),
            new Rad("POST", "/sammantraden/{id}/ta-bort", SEKR, Sida.AVSANDARE, Kropp.FORM),
            new Rad("POST", "/mottagare/{id}/delegationsbeslut", BEREDNING, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/mottagare/{id}/avsta", BEREDNING, Sida.MOTTAGARE, Kropp.FORM),
            // Diarium
            new Rad("GET", "/diarium", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/arenden/{id}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/arenden/{id}/handlingar", REG, Sida.AVSANDARE, Kropp.MULTIPART),
            new Rad("GET", "/arenden/{id}/handlingar/{handling}/fil", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/arenden/{id}/handlingar/{handling}/sekretess", REG_HAND, Sida.AVSANDARE, Kropp.FORM),
            new Rad("POST", "/arenden/{id}/handlingar/{handling}/sekretess/ta-bort", ADM, Sida.AVSANDARE, Kropp.FORM),
            new Rad("POST", "/api/diarium/{organisation}/arenden", REG, Sida.AVSANDARE, Kropp.JSON),
            new Rad("GET", "/api/diarium/{organisation}/arenden", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/api/arenden/{id}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/api/arenden/{id}/handlingar", REG, Sida.AVSANDARE, Kropp.MULTIPART),
            new Rad("GET", "/api/arenden/{id}/handlingar/{handling}", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/api/arenden/{id}/handlingar/{handling}/fil", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("POST", "/api/arenden/{id}/handlingar/{handling}/sekretess", REG_HAND, Sida.AVSANDARE, Kropp.JSON),
            new Rad("DELETE", "/api/arenden/{id}/handlingar/{handling}/sekretess", ADM, Sida.AVSANDARE, Kropp.INGEN),
            // The register of organisations and groups (shared by all; changed by administrators)
            new Rad("GET", "/organisationer", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/organisationer/ny", ADM, null, Kropp.INGEN),
            new Rad("GET", "/organisationer/{id}", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/organisationer", ADM, null, Kropp.FORM),
            new Rad("POST", "/organisationer/{id}", ADM, null, Kropp.FORM),
            new Rad("GET", "/grupper/ny", ADM, null, Kropp.INGEN),
            new Rad("GET", "/grupper/{id}", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/grupper", ADM, null, Kropp.FORM),
            new Rad("POST", "/grupper/{id}", ADM, null, Kropp.FORM),
            new Rad("GET", "/api/organisationer", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/api/organisationer/{id}", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/api/organisationer", ADM, null, Kropp.JSON),
            new Rad("PUT", "/api/organisationer/{id}", ADM, null, Kropp.JSON),
            new Rad("GET", "/api/grupper", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/api/grupper/{id}", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/api/grupper", ADM, null, Kropp.JSON),
            new Rad("PUT", "/api/grupper/{id}", ADM, null, Kropp.JSON),
            // Audit trail
            new Rad("GET", "/granskning", ADM, null, Kropp.INGEN),
            new Rad("GET", "/granskning/verifiering", ADM, null, Kropp.INGEN),
            new Rad("GET", "/api/granskning", ADM, null, Kropp.INGEN),
            new Rad("POST", "/api/granskning/verifiering", ADM, null, Kropp.INGEN),
            new Rad("GET", "/remisser/{id}/historik", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            new Rad("GET", "/api/remisser/{id}/historik", INLOGGAD, Sida.AVSANDARE, Kropp.INGEN),
            // Users and roles (administrators only)
            new Rad("GET", "/anvandare", ADM, null, Kropp.INGEN),
            new Rad("GET", "/anvandare/ny", ADM, null, Kropp.INGEN),
            new Rad("POST", "/anvandare", ADM, null, Kropp.FORM),
            new Rad("GET", "/anvandare/{id}", ADM, null, Kropp.INGEN),
            new Rad("POST", "/anvandare/{id}", ADM, null, Kropp.FORM),
            new Rad("POST", "/anvandare/{id}/losenord", ADM, null, Kropp.FORM),
            new Rad("GET", "/api/anvandare", ADM, null, Kropp.INGEN),
            new Rad("GET", "/api/anvandare/{id}", ADM, null, Kropp.INGEN),
            new Rad("POST", "/api/anvandare", ADM, null, Kropp.JSON),
            new Rad("PUT", "/api/anvandare/{id}", ADM, null, Kropp.JSON),
            new Rad("POST", "/api/anvandare/{id}/losenord", ADM, null, Kropp.JSON),
            // Tjänsteutlåtanden: drafted by the recipient's handläggare, read by all of the recipient's unit
            new Rad("POST", "/api/utlatanden", HAND, null, Kropp.JSON),
            new Rad("GET", "/api/utlatanden", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/api/utlatanden/{uid}", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("PATCH", "/api/utlatanden/{uid}", HAND, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("PUT", "/api/utlatanden/{uid}/avsnitt/{nyckel}", HAND, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("PUT", "/api/utlatanden/{uid}/stallningstagande", HAND, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("GET", "/api/utlatanden/{uid}/forhandsvisning", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("GET", "/api/utlatanden/{uid}/pdf", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/api/utlatanden/{uid}/klar", HAND, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("POST", "/api/utlatanden/{uid}/ateroppna", HAND, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/api/utlatanden/{uid}/godkann", HAND, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("POST", "/api/utlatanden/{uid}/returnera", HAND, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("POST", "/api/utlatanden/{uid}/skicka", REG_HAND, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("GET", "/api/att-godkanna", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/api/utlatanden/{uid}/versioner", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("GET", "/api/utlatanden/{uid}/versioner/{nummer}", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("GET", "/api/utlatanden/{uid}/jamfor", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("GET", "/mottagare/{id}/utlatande", HAND, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/mottagare/{id}/utlatande", HAND, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("GET", "/arenden/{id}/utlatande", HAND, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/arenden/{id}/utlatande", HAND, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("GET", "/utlatanden/{uid}", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/utlatanden/{uid}", HAND, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/utlatanden/{uid}/forhandsvisning", INLOGGAD, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("GET", "/utlatanden/{uid}/forhandsvisning", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("GET", "/utlatanden/{uid}/pdf", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/utlatanden/{uid}/klar", HAND, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/utlatanden/{uid}/ateroppna", HAND, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/utlatanden/{uid}/godkann", HAND, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/utlatanden/{uid}/returnera", HAND, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/utlatanden/{uid}/skicka", REG_HAND, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("GET", "/att-godkanna", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/utlatanden/{uid}/versioner", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            // Document templates: the administrator maintains them, handläggare look; their style sheet is public
            new Rad("GET", "/mallar", ADM_HAND, null, Kropp.INGEN),
            new Rad("GET", "/mallar/{fil}", PUBLIK, null, Kropp.INGEN),
            new Rad("GET", "/api/mallar", ADM_HAND, null, Kropp.INGEN),
            new Rad("GET", "/api/mallar/{namn}/prov", ADM_HAND, null, Kropp.INGEN),
            // Signed documents: anyone logged in checks any PDF (a read; nothing stored)
            new Rad("GET", "/verifiering", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/verifiering", INLOGGAD, null, Kropp.MULTIPART),
            new Rad("POST", "/api/verifiering", INLOGGAD, null, Kropp.MULTIPART),
            // Calendar feeds: the account's own (made, listed, revoked); a feed's address is its credential
            new Rad("GET", "/konto/kalendrar", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/konto/kalendrar", INLOGGAD, null, Kropp.FORM),
            new Rad("POST", "/konto/kalendrar/{id}/aterkalla", INLOGGAD, null, Kropp.FORM),
            new Rad("GET", "/api/konto/kalendrar", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/api/konto/kalendrar", INLOGGAD, null, Kropp.JSON),
            new Rad("DELETE", "/api/konto/kalendrar/{id}", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/kalender/{token}.ics", PUBLIK, null, Kropp.INGEN),
            // The account's choice of notification mails
            new Rad("GET", "/konto/epost", INLOGGAD, null, Kropp.INGEN),
            new Rad("POST", "/konto/epost", INLOGGAD, null, Kropp.FORM),
            // The committee: agenda, protokoll, justering, protokollsutdrag (the fixture's meeting is
            // justerat and its extract sent, so a permitted change finds it locked or done)
            new Rad("GET", "/api/sammantraden/{id}/foredragningslista", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/api/sammantraden/{id}/foredragningslista/punkter", SEKR, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("DELETE", "/api/sammantraden/{id}/foredragningslista/punkter/{punkt}", SEKR, Sida.MOTTAGARE,
                    Kropp.INGEN),
            new Rad("PUT", "/api/sammantraden/{id}/foredragningslista/ordning", SEKR, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("POST", "/api/sammantraden/{id}/foredragningslista/publicera", SEKR, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/api/sammantraden/{id}/foredragningslista/ny-version", SEKR, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("GET", "/api/sammantraden/{id}/foredragningslista/{version}/pdf", INLOGGAD, Sida.MOTTAGARE,
                    Kropp.INGEN),
            new Rad("GET", "/api/sammantraden/{id}/protokoll", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("PATCH", "/api/sammantraden/{id}/protokoll", SEKR, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("GET", "/api/sammantraden/{id}/protokoll/pdf", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/api/sammantraden/{id}/protokoll/till-justering", SEKR, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/api/sammantraden/{id}/protokoll/justera", LEDAMOT, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/api/sammantraden/{id}/paragrafer", SEKR, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("PATCH", "/api/sammantraden/{id}/paragrafer/{paragraf}", SEKR, Sida.MOTTAGARE, Kropp.JSON),
            new Rad("POST", "/api/sammantraden/{id}/paragrafer/{paragraf}/utdrag", SEKR, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("GET", "/api/sammantraden/{id}/paragrafer/{paragraf}/utdrag", INLOGGAD, Sida.MOTTAGARE,
                    Kropp.INGEN),
            new Rad("POST", "/api/sammantraden/{id}/paragrafer/{paragraf}/skicka", SEKR, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("GET", "/sammantraden/{id}/protokoll", INLOGGAD, Sida.MOTTAGARE, Kropp.INGEN),
            new Rad("POST", "/sammantraden/{id}/foredragningslista/punkter", SEKR, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/sammantraden/{id}/foredragningslista/publicera", SEKR, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/sammantraden/{id}/paragrafer", SEKR, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/sammantraden/{id}/protokoll", SEKR, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/sammantraden/{id}/protokoll/till-justering", SEKR, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/sammantraden/{id}/protokoll/justera", LEDAMOT, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/sammantraden/{id}/paragrafer/{paragraf}/utdrag", SEKR, Sida.MOTTAGARE, Kropp.FORM),
            new Rad("POST", "/sammantraden/{id}/paragrafer/{paragraf}/skicka", SEKR, Sida.MOTTAGARE, Kropp.FORM),
            // The anslagstavla is public
            new Rad("GET", "/anslagstavla", PUBLIK, null, Kropp.INGEN),
            new Rad("GET", "/api/anslagstavla", PUBLIK, null, Kropp.INGEN),
            // Calendar
            new Rad("GET", "/kalender/kontroll", INLOGGAD, null, Kropp.INGEN),
            new Rad("GET", "/api/kalender/{datum}", INLOGGAD, null, Kropp.INGEN));

    private static final Set<Class<? extends Annotation>> METODER = Set.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class);

    @Test
    void varjeRuttHarEnRad() throws IOException {
        Set<String> rutter = rutter();
        Set<String> rader = TABELL.stream().map(Rad::nyckel).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(TABELL.size(), rader.size(), "Tabellen har dubbletter");
        Set<String> utanRad = new TreeSet<>(rutter);
        utanRad.removeAll(rader);
        Set<String> utanRutt = new TreeSet<>(rader);
        utanRutt.removeAll(rutter);
        assertTrue(utanRad.isEmpty(), "Rutter utan rad i behörighetstabellen: " + utanRad);
        assertTrue(utanRutt.isEmpty(), "Rader utan rutt (ta bort dem): " + utanRutt);
    }

    @Test
    void varjeRollFarRattSvarPaVarjeRutt() {
        Fixtur f = Fixtur.hamta();
        List<String> fel = new ArrayList<>();
        for (Rad rad : TABELL) {
            String adress = fyll(rad.mall(), f);
            Sida sida = rad.agare() == null ? Sida.AVSANDARE : rad.agare();
            // Anonymous
            Response anonym = anropa(given(), rad, adress);
            if (rad.roller() == PUBLIK) {
                if (tillInloggning(anonym, adress)) {
                    fel.add(rad.nyckel() + ": anonym skickades till inloggning fast rutten är öppen");
                }
            } else if (!tillInloggning(anonym, adress)) {
                fel.add(rad.nyckel() + ": anonym fick " + anonym.statusCode() + ", väntade inloggningskrav");
            }
            // Each role of the owning organisation
            for (String roll : Roll.ALLA) {
                Response svar = anropa(som(f.anvandare(sida, roll)), rad, adress);
                boolean tillaten = rad.roller() == PUBLIK || rad.roller() == INLOGGAD || rad.roller().contains(roll);
                int status = svar.statusCode();
                if (tillaten && (status == 403 || (status == 401 && rad.roller() != PUBLIK))) {
                    fel.add(rad.nyckel() + ": " + roll + " nekades (" + status + ") fast rollen är tillåten");
                } else if (tillaten && rad.metod().equals("GET") && status != 200 && status != 303) {
                    // A permitted read of the own organisation's object must work, not merely not be refused.
                    fel.add(rad.nyckel() + ": " + roll + " fick " + status + " fast läsningen är tillåten");
                } else if (!tillaten && status != 403) {
                    fel.add(rad.nyckel() + ": " + roll + " fick " + status + ", väntade 403");
                }
            }
            // Another organisation's user holding every role: the object does not exist for it
            if (rad.agare() != null) {
                Response svar = anropa(som(f.allaRollerC), rad, adress);
                if (svar.statusCode() != 404) {
                    fel.add(rad.nyckel() + ": annan organisation fick " + svar.statusCode() + ", väntade 404");
                }
            }
        }
        assertTrue(fel.isEmpty(), fel.size() + " fel:\n" + String.join("\n", fel));
    }

    private static RequestSpecification som(String anvandare) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD);
    }

    private static boolean tillInloggning(Response svar, String adress) {
        if (adress.startsWith("/api")) {
            return svar.statusCode() == 401 && svar.header("WWW-Authenticate") != null;
        }
        return svar.statusCode() == 303 && String.valueOf(svar.header("Location")).contains("/logga-in");
    }

    private static Response anropa(RequestSpecification fraga, Rad rad, String adress) {
        fraga.redirects().follow(false);
        switch (rad.kropp()) {
            case JSON -> fraga.contentType("application/json").body("{}");
            case FORM -> fraga.contentType("application/x-www-form-urlencoded").formParam("tom", "");
            case MULTIPART -> fraga.multiPart("tom", "");
            case INGEN -> { }
        }
        return fraga.request(rad.metod(), adress);
    }

    /** The fixture's ids in a route's placeholders; {id} means the object the route's prefix names. */
    static String fyll(String mall, Fixtur f) {
        Map<String, Long> varden = Map.ofEntries(
                Map.entry("mottagareId", f.mottagare), Map.entry("dokumentId", f.dokument),
                Map.entry("handling", f.dokument), Map.entry("pid", f.program), Map.entry("annan", f.program),
                Map.entry("organisation", f.a), Map.entry("nummer", 1L), Map.entry("lid", f.ledamot),
                Map.entry("punkt", f.mote.punkt()), Map.entry("paragraf", f.mote.paragraf()), Map.entry("version", 1L));
        Map<String, String> texter = Map.of("uid", f.utlatande, "nyckel", "sammanfattning", "namn", "remissvar",
                "fil", "utlatande.css", "token", f.kalendertoken);
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(mall);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String namn = m.group(1);
            String varde;
            if (namn.equals("datum")) {
                varde = "2026-12-24";
            } else if (namn.equals("id")) {
                varde = String.valueOf(idFor(mall, f));
            } else if (texter.containsKey(namn)) {
                varde = texter.get(namn);
            } else {
                varde = String.valueOf(varden.get(namn));
            }
            m.appendReplacement(sb, varde);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static long idFor(String mall, Fixtur f) {
        String utanApi = mall.replaceFirst("^/api", "");
        if (utanApi.startsWith("/remisser/")) {
            return f.remiss;
        }
        if (utanApi.startsWith("/mottagare/")) {
            return f.mottagare;
        }
        if (utanApi.startsWith("/konto/kalendrar/")) {
            return 999_999_999L; // someone's feed: nobody else's, so 404 for every caller
        }
        if (utanApi.startsWith("/anstand/")) {
            return f.anstand;
        }
        if (utanApi.startsWith("/arenden/") && utanApi.endsWith("/utlatande")) {
            return f.arendeB; // a draft answers an incoming case; A's ärende is its outgoing remiss
        }
        if (utanApi.startsWith("/arenden/")) {
            return f.arendeA;
        }
        if (utanApi.startsWith("/sammantraden/")) {
            // The committee's protokoll routes address B's meeting (justerat, extract sent); the calendar's A's.
            return utanApi.matches("/sammantraden/\\{id}/(foredragningslista|protokoll|paragrafer).*")
                    ? f.mote.sammantrade() : f.sammantrade;
        }
        if (utanApi.startsWith("/organisationer/")) {
            return f.a;
        }
        if (utanApi.startsWith("/grupper/")) {
            return f.grupp;
        }
        if (utanApi.startsWith("/anvandare/")) {
            return Api.anvandare(f.anvandare(Sida.AVSANDARE, Roll.LASARE));
        }
        throw new IllegalArgumentException("Okänt {id} i " + mall + ": lägg till en regel i RuttMatrisTest.idFor");
    }

    /** Every JAX-RS route of the application, read from the compiled resource classes. */
    static Set<String> rutter() throws IOException {
        java.nio.file.Path rot = Paths.get("target/classes");
        Set<String> rutter = new TreeSet<>();
        try (Stream<java.nio.file.Path> filer = Files.walk(rot.resolve("se/remiss"))) {
            for (java.nio.file.Path fil : filer.filter(p -> p.toString().endsWith(".class")).toList()) {
                String namn = rot.relativize(fil).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> klass;
                try {
                    klass = Class.forName(namn, false, Thread.currentThread().getContextClassLoader());
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    continue;
                }
                Path klassvag = klass.getAnnotation(Path.class);
                if (klassvag == null) {
                    continue;
                }
                for (Method metod : klass.getDeclaredMethods()) {
                    for (Annotation a : metod.getAnnotations()) {
                        if (METODER.contains(a.annotationType())) {
                            Path metodvag = metod.getAnnotation(Path.class);
                            String vag = ("/" + klassvag.value() + "/" + (metodvag == null ? "" : metodvag.value()))
                                    .replaceAll("/+", "/");
                            if (vag.length() > 1 && vag.endsWith("/")) {
                                vag = vag.substring(0, vag.length() - 1);
                            }
                            rutter.add(a.annotationType().getSimpleName() + " " + vag);
                        }
                    }
                }
            }
        }
        return rutter;
    }
}
