package se.remiss.plattform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pages' fixed Swedish texts, as one Qute message bundle: {@code {msg:remissRegistrerad}} in a
 * template, an injected {@code Meddelanden} in Java. Confirmations after POST → redirect → GET are
 * here because the redirect carries only a key ({@code ?klart=registrerad}) that the page's resource
 * turns into one of these texts, so no text from an address ever reaches a page. The bundle lives in
 * {@code plattform} so that every feature can use it without importing another feature.
 */
@MessageBundle
public interface Meddelanden {

    // Shared by the forms.

    @Message("Rätta uppgifterna som är markerade nedan.")
    String rattaMarkeradeUppgifter();

    // Remisser and their recipients.

    @Message("Remissen är registrerad som utkast. Kontrollera mottagare och frister och skicka den när remisshandlingen är bifogad.")
    String remissRegistrerad();

    @Message("Dokumentet är registrerat.")
    String dokumentRegistrerat();

    @Message("Dokumentet är också importerat som remissens program: avsnitt, mål och åtaganden finns under Programmet.")
    String programImporterat();

    @Message("Dokumentet är registrerat, men det gick inte att läsa det som ett program. Programmet delas upp i avsnitt ur en PDF, DOCX, text- eller Markdown-fil med numrerade rubriker. Importera programmet från rätt fil under \"Versioner och import\".")
    String programEjImporterat();

    @Message("Mottagarna är tillagda.")
    String mottagareTillagda();

    @Message("Mottagaren är borttagen.")
    String mottagareBorttagen();

    @Message("Fristerna är ändrade.")
    String fristerAndrade();

    @Message("Remissen är skickad och registrerad i mottagarnas diarier.")
    String remissSkickad();

    // Anstånd.

    @Message("Begäran om anstånd är skickad till avsändaren. Fristerna ändras när den beviljas.")
    String anstandBegart();

    @Message("Anståndet är beviljat och mottagarens frister är ändrade.")
    String anstandBeviljat();

    @Message("Begäran om anstånd är avslagen; fristerna ligger kvar.")
    String anstandAvslaget();

    @Message("Remissen är kvitterad som mottagen.")
    String remissMottagen();

    @Message("Handläggaren är tilldelad.")
    String handlaggareTilldelad();

    @Message("Statusen är ändrad.")
    String statusAndrad();

    @Message("Delegationsbeslutet är registrerat: remissen är besvarad utan sammanträde.")
    String delegationsbeslutRegistrerat();

    @Message("Ni har avstått från att svara på remissen.")
    String mottagareAvstar();

    // The committee's meeting calendar.

    @Message("Sammanträdet är tillagt.")
    String sammantradeSkapat();

    @Message("Sammanträdet är ändrat.")
    String sammantradeAndrat();

    @Message("Sammanträdet är borttaget.")
    String sammantradeBorttaget();

    @Message("Kalendern är importerad.")
    String sammantradenImporterade();

    @Message("Nämndens planeringsregel är sparad.")
    String namndregelAndrad();

    // Tjänsteutlåtanden.

    @Message("Utkastet är skapat och ifyllt med uppgifterna från ärendet. Skriv de avsnitt som är markerade.")
    String utkastSkapat();

    @Message("Utkastet är sparat som en ny version.")
    String utkastSparat();

    @Message("Inget var ändrat, så ingen ny version sparades.")
    String utkastOforandrat();

    @Message("Utlåtandet är markerat klart för godkännande.")
    String utlatandeKlart();

    @Message("Utlåtandet är ett utkast igen.")
    String utlatandeAteroppnat();

    @Message("Du har godkänt och undertecknat utlåtandet.")
    String utlatandeGodkant();

    @Message("Utlåtandet är returnerat till handläggaren.")
    String utlatandeReturnerat();

    @Message("Det undertecknade utlåtandet är skickat till remissens avsändare och registrerat i deras diarium.")
    String utlatandeSkickat();

    // Diarium.

    @Message("Handlingen är registrerad.")
    String handlingRegistrerad();

    @Message("Handlingen är sekretessmarkerad.")
    String handlingSekretessmarkerad();

    @Message("Sekretessmarkeringen är hävd.")
    String sekretessHavd();

    // Users, organisations and the own account.

    @Message("Användaren är skapad.")
    String anvandareSkapad();

    @Message("Ändringarna är sparade.")
    String andringarSparade();

    @Message("Det nya lösenordet är satt. Användarens inloggningar har avslutats.")
    String losenordSatt();

    @Message("Lösenordet är bytt. Dina andra inloggningar har avslutats.")
    String egetLosenordBytt();

    @Message("Lösenordet byttes inte. Rätta uppgifterna nedan.")
    String egetLosenordInteBytt();

    @Message("Telefonnumret är sparat. Det står i sidhuvudet på de tjänsteutlåtanden du handlägger.")
    String egenTelefonSparad();

    @Message("Telefonnumret sparades inte. Rätta det nedan.")
    String egenTelefonInteSparad();

    @Message("Du är utloggad.")
    String utloggad();
}
