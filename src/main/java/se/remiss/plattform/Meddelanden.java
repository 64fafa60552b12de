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

    @Message("Mottagarna är tillagda.")
    String mottagareTillagda();

    @Message("Mottagaren är borttagen.")
    String mottagareBorttagen();

    @Message("Fristerna är ändrade.")
    String fristerAndrade();

    @Message("Remissen är skickad och registrerad i mottagarnas diarier.")
    String remissSkickad();

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

    @Message("Du är utloggad.")
    String utloggad();
}
