package se.remiss.utlatande;

import io.quarkus.qute.ResultNode;
import io.quarkus.qute.SectionHelper;
import io.quarkus.qute.SectionHelperFactory;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code {#mall namn="Remissvar" arenden="REMISS_IN" /}}: what a template is called and which kinds
 * of case it is offered for (comma-separated ärendetyper; absent = every kind). Read by
 * {@link Mallkatalog} from the parsed template; renders nothing.
 */
final class MallHelper implements SectionHelper {

    @Override
    public CompletionStage<ResultNode> resolve(SectionResolutionContext context) {
        return ResultNode.NOOP;
    }

    static final class Factory implements SectionHelperFactory<MallHelper> {

        @Override
        public List<String> getDefaultAliases() {
            return List.of("mall");
        }

        @Override
        public ParametersInfo getParameters() {
            return ParametersInfo.builder().addParameter("namn", "").addParameter("arenden", "").build();
        }

        @Override
        public MallHelper initialize(SectionInitContext context) {
            return new MallHelper();
        }
    }

    /** Stands in for Qute's {@code {#eval}}, which would run a text as template code: never in documents. */
    static final class EvalForbjuden implements SectionHelperFactory<MallHelper> {

        @Override
        public List<String> getDefaultAliases() {
            return List.of("eval");
        }

        @Override
        public MallHelper initialize(SectionInitContext context) {
            throw context.error("{#eval} är inte tillåtet i dokumentmallar: text från användare får aldrig tolkas "
                    + "som mallkod.").build();
        }
    }
}
