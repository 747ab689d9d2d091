package co.aliada.matching;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.aliada.catalog.Catalog;
import co.aliada.content.ContentException;
import co.aliada.content.ContentProblem;
import co.aliada.content.SpellingFold;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Every analyzer of the catalogue in one place. Index and query share one chain per language
 * (lowercase, accent folding, stop words, light stemming) so that "producción", "Produccion" and
 * "producciones" meet; the query chain adds the admins' synonyms, applied at query time only so
 * that editing them never needs a reindex of the words they expand to.
 */
final class CatalogAnalyzer {

    private CatalogAnalyzer() {
    }

    /** The analyzer used to index the catalogue: picks the language chain from the field's suffix. */
    static Analyzer forIndex(Catalog catalog) {
        Analyzer en = chain("en", null, catalog.stopwords("en"));
        return new PerFieldAnalyzerWrapper(chain("es", null, catalog.stopwords("es")), java.util.Map.of(
                Fields.name("en"), en, Fields.keywords("en"), en, Fields.description("en"), en, Fields.pillar("en"), en));
    }

    /** The analyzer for what users write, in one language, with that language's synonyms and ignored words. */
    static Analyzer forQuery(String lang, Catalog catalog) {
        return chain(lang, synonyms(catalog.synonyms(lang), "synonyms-" + lang + ".txt", lang), catalog.stopwords(lang));
    }

    /** Parses an admin's synonym file (Solr format); a bad line becomes a problem naming the file and line. */
    private static SynonymMap synonyms(String rules, String file, String lang) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, normalizer(lang));
        try {
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (ParseException e) {
            // The parser says the line only in its message: "Invalid synonym rule at line 3".
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)").matcher(e.getMessage());
            throw new ContentException(new ContentProblem(file, line.find() ? Integer.parseInt(line.group(1)) : 0,
                    "a synonym rule cannot be read: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
        } catch (IOException | IllegalArgumentException e) {
            throw new ContentException(ContentProblem.inFile(file, "synonyms cannot be read: " + e.getMessage()));
        }
    }

    /** The distinct terms an analyzer makes of a text, in order; empty for punctuation or stop words only. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(terms);
    }

    /** How many words of a text the analyzer keeps, a synonym counting as the word it stands beside. */
    static int words(Analyzer analyzer, String field, String text) {
        int words = 0;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words += increment.getPositionIncrement() > 0 ? 1 : 0;
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return words;
    }

    private static Analyzer chain(String lang, SynonymMap synonyms, List<String> ignored) {
        boolean spanish = !"en".equals(lang);
        CharArraySet stops = folded(spanish ? SpanishAnalyzer.getDefaultStopSet() : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                ignored, spanish);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                if (spanish) {
                    result = new SpellingFold(result);
                }
                if (synonyms != null && synonyms.fst != null) {
                    result = new SynonymGraphFilter(result, synonyms, true);
                }
                result = new StopFilter(result, stops);
                result = "en".equals(lang) ? new KStemFilter(new EnglishPossessiveFilter(result))
                        : new SpanishLightStemFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** Lowercase, accent and (in Spanish) spelling folding only: how synonym rules are read, to meet the query chain before stemming. */
    private static Analyzer normalizer(String lang) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, "en".equals(lang) ? result : new SpellingFold(result));
            }
        };
    }

    // People type without accents: "esta", "mas", "tambien" must be stop words as much as "está".
    // In Spanish the stop words are spelling-folded too, as the words they are compared with.
    private static CharArraySet folded(CharArraySet stops, List<String> ignored, boolean spelling) {
        List<String> words = new ArrayList<>(ignored);
        stops.forEach(word -> words.add(new String((char[]) word)));
        CharArraySet all = new CharArraySet(words.size() * 3, true);
        for (String w : words) {
            String plain = SpellingFold.plain(w);
            all.add(w);
            all.add(plain);
            if (spelling) {
                all.add(SpellingFold.fold(plain));
            }
        }
        return CharArraySet.unmodifiableSet(all);
    }
}
