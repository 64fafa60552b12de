package se.remiss.dokument;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The one seam between documents and keys: the bytes a PDF signature covers in, a detached CMS
 * SignedData (CAdES: content-type, message-digest and ESS signing-certificate-v2 signed, no
 * signing-time) out. {@link LokalCmsSignerare} signs with a PKCS#12 key held by this service; a
 * remote signing service (Sweden Connect signservice) or an HSM plugs in here instead – see the
 * README, "Dokument, underskrifter och verifiering".
 */
public interface CmsSignerare {

    /** The signer's certificate first, then the rest of its chain (possibly without the root). */
    List<X509Certificate> kedja();

    /** A DER-encoded detached CMS SignedData over {@code innehall}. */
    byte[] signera(byte[] innehall) throws IOException;

    /** A key generated for demonstrations: printed as TEST in the signature block. */
    boolean testnyckel();
}
