package co.aliada.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.CatalogLoader;
import co.aliada.catalog.Institution;
import co.aliada.catalog.Pillar;
import co.aliada.catalog.Service;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One catalogue version and its in-memory Lucene index, built beside the live one and swapped in
 * whole. Immutable once built; an old version stays usable by searches still running on it.
 */
public final class CatalogIndex {

    // Keywords are a bag of phrases: a service with many of them must not be penalised for its length.
    private static final FieldType KEYWORDS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        KEYWORDS.setOmitNorms(true);
        KEYWORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        KEYWORDS.freeze();
    }

    private static final CatalogSimilarity SIMILARITY = new CatalogSimilarity();

    private final Catalog catalog;
    private final GoalPhrases goals;
    private final ServiceClassifier classifier;
    private final Evidence evidence;
    private final CauseClause causes;
    private final IdentityClause identity;
    private final NotChallengeClause notChallenges;
    private final ToTheBot toTheBot;
    private final LaunchClause launch;
    private final StaffClause staff;
    private final HiringClause hiring;
    private final HandlingClause handling;
    private final IndexSearcher searcher;
    private final Map<String, Analyzer> queryAnalyzers;
    private final Map<String, Service> services;
    private final Map<String, Pillar> pillars;
    private final Map<String, List<Institution>> offering;
    private final Map<String, Vocabulary> vocabularies = new java.util.HashMap<>();
    /** Per language, every word of its searched fields: whether the catalogue knows a word, without a seek per field. */
    private final Map<String, Set<String>> known = new java.util.HashMap<>();

    private CatalogIndex(Catalog catalog, IndexSearcher searcher, Map<String, Analyzer> queryAnalyzers, GoalPhrases goals,
            ServiceClassifier classifier, Evidence evidence) {
        this.catalog = catalog;
        this.goals = goals;
        this.classifier = classifier;
        this.evidence = evidence;
        this.causes = new CauseClause(catalog.causes());
        this.identity = new IdentityClause(catalog);
        this.notChallenges = new NotChallengeClause(catalog);
        this.toTheBot = new ToTheBot(catalog);
        this.launch = new LaunchClause(catalog.launched());
        this.staff = new StaffClause(catalog.salesStaff());
        this.hiring = new HiringClause(catalog.hiring());
        this.handling = new HandlingClause(catalog.handling());
        this.searcher = searcher;
        this.queryAnalyzers = queryAnalyzers;
        this.services = catalog.services().stream().collect(Collectors.toMap(Service::id, s -> s));
        this.pillars = catalog.pillars().stream().collect(Collectors.toMap(Pillar::id, p -> p));
        this.offering = catalog.institutionsByService();
        for (String lang : Fields.LANGS) {
            for (Fields.Weighted f : Fields.fuzzy(lang)) {
                vocabularies.put(f.field(), new Vocabulary(searcher.getIndexReader(), f.field()));
            }
            known.put(lang, words(searcher.getIndexReader(), Fields.searched(lang)));
        }
    }

    private static Set<String> words(IndexReader reader, List<Fields.Weighted> fields) {
        Set<String> words = new HashSet<>();
        fields.forEach(f -> Vocabulary.eachWord(reader, f.field(), words::add));
        return Set.copyOf(words);
    }

    /** Loads, validates and indexes a catalogue folder; any problem is a {@code ContentException}. */
    public static CatalogIndex load(Path dir) {
        return build(CatalogLoader.load(dir));
    }

    public static CatalogIndex build(Catalog catalog) {
        Map<String, Analyzer> query = Map.of(
                "es", CatalogAnalyzer.forQuery("es", catalog), "en", CatalogAnalyzer.forQuery("en", catalog));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer indexAnalyzer = CatalogAnalyzer.forIndex(catalog);
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer)
                .setSimilarity(SIMILARITY))) {
            Map<String, Pillar> pillars = catalog.pillars().stream().collect(Collectors.toMap(Pillar::id, p -> p));
            for (Service service : catalog.services()) {
                writer.addDocument(document(service, pillars.get(service.pillar())));
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(SIMILARITY);
            return new CatalogIndex(catalog, searcher, query, new GoalPhrases(catalog, indexAnalyzer),
                    new ServiceClassifier(catalog, indexAnalyzer), new Evidence(catalog, indexAnalyzer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Service service, Pillar pillar) {
        Document doc = new Document();
        doc.add(new StoredField(Fields.ID, service.id()));
        for (String lang : Fields.LANGS) {
            doc.add(new TextField(Fields.name(lang), service.name().in(lang), Field.Store.NO));
            for (String keyword : service.keywords().in(lang)) {
                doc.add(new Field(Fields.keywords(lang), keyword, KEYWORDS));
            }
            doc.add(new TextField(Fields.description(lang), service.description().in(lang), Field.Store.NO));
            String pillarText = pillar.name().in(lang) + ". " + String.join(". ", pillar.keywords().in(lang));
            doc.add(new Field(Fields.pillar(lang), pillarText, KEYWORDS));
        }
        return doc;
    }


    public Catalog catalog() {
        return catalog;
    }

    Service service(String id) {
        return services.get(id);
    }

    Pillar pillar(String id) {
        return pillars.get(id);
    }

    List<Institution> offering(String serviceId) {
        return offering.getOrDefault(serviceId, List.of());
    }

    /** Whether a query term is a word of the catalogue in that language (in any searched field). */
    boolean knows(String lang, String term) {
        return known.getOrDefault(lang, Set.of()).contains(term);
    }

    /** The words of a fuzzy-searched field, to find what a misspelt word was meant to be. */
    Vocabulary vocabulary(String field) {
        return vocabularies.get(field);
    }

    GoalPhrases goals() {
        return goals;
    }

    ServiceClassifier classifier() {
        return classifier;
    }

    Evidence evidence() {
        return evidence;
    }

    CauseClause causes() {
        return causes;
    }

    IdentityClause identity() {
        return identity;
    }

    NotChallengeClause notChallenges() {
        return notChallenges;
    }

    ToTheBot toTheBot() {
        return toTheBot;
    }

    LaunchClause launch() {
        return launch;
    }

    StaffClause staff() {
        return staff;
    }

    HiringClause hiring() {
        return hiring;
    }

    HandlingClause handling() {
        return handling;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Analyzer queryAnalyzer(String lang) {
        return queryAnalyzers.get(lang);
    }
}
