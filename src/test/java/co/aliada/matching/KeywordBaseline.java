package co.aliada.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.aliada.catalog.Catalog;
import co.aliada.catalog.Service;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The plain keyword baseline: one field, StandardAnalyzer, no stemming, no synonyms, no typos; none when nothing hits. */
final class KeywordBaseline implements Matcher {

    private final Catalog catalog;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;

    KeywordBaseline(Catalog catalog) {
        this.catalog = catalog;
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Service s : catalog.services()) {
                Document doc = new Document();
                doc.add(new StoredField("id", s.id()));
                String all = String.join(" ", s.name().es(), s.name().en(), s.description().es(), s.description().en(),
                        String.join(" ", s.keywords().es()), String.join(" ", s.keywords().en()));
                doc.add(new TextField("all", all, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MatchResult match(MatchQuery query) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        CatalogAnalyzer.terms(analyzer, "all", query.text())
                .forEach(t -> q.add(new TermQuery(new Term("all", t)), BooleanClause.Occur.SHOULD));
        try {
            ScoreDoc[] hits = searcher.search(q.build(), query.limit()).scoreDocs;
            if (hits.length == 0) {
                return MatchResult.nothing();
            }
            List<MatchResult.Service> services = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                Service s = catalog.service(searcher.storedFields().document(hit.doc).get("id")).orElseThrow();
                services.add(new MatchResult.Service(s.id(), s.pillar(), s.name().es(), "", hit.score, List.of()));
            }
            MatchResult.Pillar top = new MatchResult.Pillar(services.get(0).pillar(), "", 1.0);
            return new MatchResult(false, top, List.of(top), services);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
