package co.aliada.intent;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads a word typed short as the word it stands for ("pa" as para, "xq" as porque, "u" as you): unknown to every
 * phrase, such a word only weighed a text down ("necesito q me llame una persona pa explicarle" fell under the
 * threshold that "necesito que me llame una persona para explicarle" passes). Phrases and texts share the chain.
 */
final class ShortForms extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Map<String, String> forms;

    ShortForms(TokenStream input, Map<String, String> forms) {
        super(input);
        this.forms = forms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String full = forms.get(term.toString());
        if (full != null) {
            term.setEmpty().append(full);
        }
        return true;
    }
}
