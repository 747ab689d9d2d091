package co.aliada.onboarding;

import static co.aliada.onboarding.Talk.data;
import static co.aliada.onboarding.Talk.last;
import static co.aliada.onboarding.Talk.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OnboardingFlowTests {

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void startGreetsAndAsksForConsentWithAcceptAndDecline(String lang) {
        Talk talk = new Talk(lang);
        List<Outbound> replies = talk.command("start");
        assertThat(texts(replies)).containsExactly(talk.t("start.greeting"), talk.t("consent.notice"));
        assertThat(data(last(replies))).containsExactly("consent:yes", "consent:no");
        assertThat(talk.state().step()).isEqualTo(Onboarding.CONSENT);
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void acceptingConsentAsksTheSectorWithTheSixSectorsAndOther(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.CONSENT);
        List<Outbound> replies = talk.tap("consent:yes");
        assertThat(texts(replies)).containsExactly(talk.t("consent.accepted"), talk.t("profile.sector.question"));
        assertThat(data(last(replies))).containsExactly("sector:agribusiness", "sector:commerce", "sector:ict",
                "sector:manufacturing", "sector:construction", "sector:tourism", "sector:other");
        assertThat(last(replies).buttons().get(0).get(0).label()).isEqualTo(talk.t("sector.agribusiness"));
        assertThat(talk.state().consent()).isEqualTo(ChatState.Consent.ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void sectorThenSizeThenMunicipalityThenCompanyFillTheProfile(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        List<Outbound> size = talk.tap("sector:tourism");
        assertThat(texts(size)).containsExactly(talk.t("profile.size.question"));
        assertThat(data(last(size))).containsExactly("size:micro", "size:small", "size:medium");

        assertThat(texts(talk.tap("size:small"))).containsExactly(talk.t("profile.municipality.question"));

        List<Outbound> company = talk.text("  Santander   de Quilichao ");
        assertThat(texts(company)).containsExactly(
                talk.t("profile.municipality.saved", "municipality", "Santander de Quilichao"),
                talk.t("profile.company.question"));
        assertThat(data(last(company))).containsExactly("company:skip");

        List<Outbound> done = talk.text("Café <Bueno> & Cía");
        assertThat(texts(done)).startsWith(
                talk.t("profile.company.saved", "company", "Café &lt;Bueno&gt; &amp; Cía"), talk.t("profile.done"));
        assertThat(last(done).text()).isEqualTo(talk.t("menu.question"));

        assertThat(talk.profile()).isEqualTo(Map.of("profile.sector", "tourism", "profile.size", "small",
                "profile.municipality", "Santander de Quilichao", "profile.company", "Café <Bueno> & Cía"));
        assertThat(talk.state().step()).isEqualTo(ConversationEngine.MENU);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void skippingTheCompanyNameFinishesTheProfileWithoutIt(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);
        assertThat(texts(talk.tap("company:skip"))).startsWith(talk.t("profile.done"));
        assertThat(talk.profile()).containsOnlyKeys("profile.sector", "profile.size", "profile.municipality");
    }

    /** Answering is voluntary: a typed refusal is not kept as a place, and the profile goes on. */
    @ParameterizedTest
    @CsvSource({"es, Prefiero no decirlo.", "es, eso es privado", "es, saltar", "en, I'd rather not say", "en, skip",
            "en, prefiero no decirlo", "es, No sé"})
    void aTypedRefusalOfTheMunicipalityMovesOnWithoutOne(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        assertThat(texts(talk.tap("size:micro"))).containsExactly(talk.t("profile.municipality.question"));

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).containsExactly(talk.t("profile.municipality.skipped"), talk.t("profile.company.question"));
        assertThat(talk.profile()).doesNotContainKey("profile.municipality");
        assertThat(talk.state().step()).isEqualTo(Onboarding.COMPANY);
    }

    @ParameterizedTest
    @CsvSource({"es, popayan, Popayán", "es, SANTANDER DE QUILICHAO, Santander de Quilichao", "en, puerto tejada., Puerto Tejada",
            "es, Cali, Cali", "es, Popayán Cauca, Popayán",
            // a slip of the keyboard was kept as typed ("Popallan")
            "es, popallan, Popayán", "es, timbo, Timbío", "es, santader de quilichao, Santander de Quilichao",
            "es, Pasto, Pasto", "es, Palmira, Palmira"})
    void aKnownMunicipalityIsKeptInItsOwnSpellingAndAnyOtherPlaceAsTyped(String lang, String typed, String kept) {
        assertKeptAs(lang, typed, kept);
    }

    private static void assertKeptAs(String lang, String typed, String kept) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        talk.tap("size:micro");

        assertThat(texts(talk.text(typed))).startsWith(talk.t("profile.municipality.saved", "municipality", kept));
        assertThat(talk.profile()).containsEntry("profile.municipality", kept);
    }

    /** Before, everyday words for a business ("tengo una tienda", "hotel", "coffee farm") were refused at the sector. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | tengo una tienda de barrio | commerce", "es | cultivamos café en la vereda | agribusiness",
            "es | un hotel | tourism", "es | hacemos software | ict", "es | agribusiness | agribusiness",
            "en | we have a coffee farm | agribusiness", "en | a small restaurant | tourism",
            // "servicios" showed the summary; "soy panadero", "construyo casas", "transporte" were asked to tap
            "es | servicios | other", "es | prestamos servicios | other", "es | transporte | other",
            "es | salon de belleza | other", "es | soy panadero | manufacturing", "es | construyo casas | construction",
            "es | panelero | agribusiness", "es | somos cafeteros | agribusiness", "es | ganadero | agribusiness",
            "en | services | other",
            // QA: "soy artesana", "soy peluquera" were asked to tap
            "es | soy artesana | manufacturing", "es | tejo mochilas | manufacturing", "en | i'm an artisan | manufacturing",
            "es | soy peluquera | other", "en | i'm a hairdresser | other"})
    void aSectorMentionedInEverydayWordsIsThatSector(String lang, String typed, String sector) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        talk.text(typed);
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, sector);
    }

    /**
     * "me voy a suicidar" was answered "¡Hasta pronto!" (a goodbye) and "ya no aguanto mas, quisiera desaparecer" with the
     * question to erase one's data: wordings of despair beyond the first list get where to find help too.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | me voy a suicidar", "es | ya no aguanto mas, quisiera desaparecer",
            "es | a veces quisiera estar muerta", "en | sometimes I wish I was dead",
            "es | estoy desesperado, el negocio se va a quebrar y ya no se que hacer con mi vida",
            "es | la verdad estoy muy mal, ya no se que hacer con mi vida, todo me sale mal",
            "en | honestly I'm tired of living"})
    void despairInOtherWordsIsAnsweredWithWhereToFindHelp(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        List<Outbound> replies = talk.text(typed);

        assertThat(replies.get(0).text()).isEqualTo(talk.t("safety.crisis"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.SECTOR);
    }

    /** "ustedes son unos ladrones, bot inutil" got "toque la opción": anger gets a calm word and the way to a person. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | ustedes son unos ladrones, bot inutil", "es | esto no sirve para nada",
            "en | this bot is useless", "es | esto es una basura", "es | hp bot",
            "es | ustedes son unos inutiles, este bot no sirve para nada", "es | que pereza tanta pregunta, esto es una estupidez",
            "en | you guys are useless, what a waste of time"})
    void angerAtTheBotGetsACalmWordAndTheWayToAPerson(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        List<Outbound> replies = talk.text(typed);

        assertThat(replies.get(0).text()).isEqualTo(talk.t("common.upset"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.SECTOR);
        assertThat(talk.state().step()).isEqualTo(Onboarding.SECTOR);
    }

    /** "tienen telefono?" leaned to /mis_datos and sent the person the export of their data. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | tienen telefono?", "es | cual es su numero de contacto?", "en | do you have a phone number?"})
    void aQuestionAboutHowToReachTheTeamIsAnsweredAndSendsNoData(String lang, String typed) {
        Talk talk = new Talk(lang, (text, l) -> new co.aliada.conversation.Understanding.Intent("my_data", 0.56, true)).at(Onboarding.SECTOR);

        List<Outbound> replies = talk.text(typed);

        assertThat(replies.get(0).text()).isEqualTo(talk.t("common.contact"));
        assertThat(replies).allMatch(reply -> reply.document() == null);
        assertThat(talk.state().step()).isEqualTo(Onboarding.SECTOR);
    }

    /** "soy panadero" became 🏭 Manufactura with no word of it: a typed answer read from its words says what was noted. */
    @Test
    void aSectorReadFromEverydayWordsIsSaidBackButOneTypedAsItsOptionIsNot() {
        Talk read = new Talk("es").at(Onboarding.SECTOR);
        List<Outbound> replies = read.text("soy panadero");
        String manufacturing = data(replies.get(0)).isEmpty() ? replies.get(0).text() : "";
        assertThat(manufacturing).isEqualTo(read.t("common.choice.taken", "label", read.t("sector.manufacturing")));

        Talk named = new Talk("es").at(Onboarding.SECTOR);
        assertThat(texts(named.text("comercio"))).noneMatch(text -> text.startsWith("Anoté"));
        assertThat(named.profile()).containsEntry(Onboarding.SECTOR, "commerce");
    }

    @Test
    void anAnswerThatMentionsTwoSectorsOffersBothToTap() {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);

        List<Outbound> replies = talk.text("venta de materiales de construcción");
        assertThat(data(last(replies))).containsExactlyInAnyOrder("sector:commerce", "sector:construction");
        assertThat(talk.profile()).doesNotContainKey(Onboarding.SECTOR);
    }

    /** One known municipality among other words is that municipality; "Cauca" is the department, not a second one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | estamos en popayan cauca | Popayán",
            "es | en Silvia | Silvia",
            "es | El Tambo, Cauca | El Tambo",
            "es | vereda el cairo, cerca de la plaza, municipio de Silvia en el Cauca | Silvia",
            "es | somos de santander de quilichao, cauca | Santander de Quilichao",
            "es | en el municipio de Páez (Belalcázar) | Páez",
            "es | en inza cauca | Inzá",
            "en | we're in Puerto Tejada, Cauca | Puerto Tejada",
            "en | Timbio, Cauca, Colombia | Timbío",
            "es | Popayán, Popayán | Popayán",
            // "popayán, barrio bolivar" was refused as having other signs than letters (Bolívar is a municipality too)
            "es | popayán, barrio bolivar | Popayán", "es | vereda Timbío, municipio de Cajibío | Cajibío",
            // "en una vereda del tambo" was kept as "En Una Vereda del Tambo": "del" is "de el"
            "es | en una vereda del tambo | El Tambo", "es | vereda la paz del Tambo | El Tambo",
            "es | zona rural del tambo, cauca | El Tambo", "es | cerca al Tambo | El Tambo",
            "es | vereda La Paz, Timbío | Timbío", "es | zona rural de Piendamó | Piendamó"})
    void aKnownMunicipalityAmongOtherWordsIsKeptAloneInItsOwnSpelling(String lang, String typed, String kept) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        talk.tap("size:micro");

        assertThat(texts(talk.text(typed))).containsExactly(
                talk.t("profile.municipality.saved", "municipality", kept), talk.t("profile.company.question"));
        assertThat(talk.profile()).containsEntry("profile.municipality", kept);
    }

    /** "tengo una tienda de ropa en Timbío" at the sector chose commerce, and Timbío was asked for again as if never told. */
    @Test
    void aMunicipalityToldBeforeItsQuestionIsOfferedThereWithOneTap() {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);
        talk.text("tengo una tienda de ropa en Timbío");
        assertThat(talk.profile()).containsEntry(Onboarding.SECTOR, "commerce").doesNotContainKey("profile.municipality");

        List<Outbound> asked = talk.tap("size:micro");
        assertThat(texts(asked)).contains(talk.t("profile.municipality.question"));
        assertThat(data(last(asked))).containsExactly("municipality:told");
        assertThat(last(asked).buttons().get(0).get(0).label()).contains("Timbío");

        assertThat(texts(talk.tap("municipality:told"))).startsWith(talk.t("profile.municipality.saved", "municipality", "Timbío"));
        assertThat(talk.profile()).containsEntry("profile.municipality", "Timbío");
        assertThat(talk.state().get("profile.municipality.told")).isNull();

        Talk other = new Talk("es").at(Onboarding.SIZE);
        other.text("estamos en El Tambo");
        assertThat(data(last(other.tap("size:micro")))).as("told at a question that did not take it").containsExactly("municipality:told");
        other.text("mejor Popayán");
        assertThat(other.profile()).as("a place typed at the question is the answer").containsEntry("profile.municipality", "Popayán");
    }

    /** "una finca en una vereda del tambo" at the sector: El Tambo offered at the municipality question. */
    @Test
    void aMunicipalityToldAfterAContractionBeforeItsQuestionIsOfferedThere() {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);
        talk.text("tenemos una finca de café en una vereda del tambo");
        List<Outbound> asked = talk.tap("size:micro");
        assertThat(data(last(asked))).containsExactly("municipality:told");
        assertThat(last(asked).buttons().get(0).get(0).label()).contains("El Tambo");
    }

    /**
     * Two different known municipalities are not a choice the bot makes, nor one place: "vivo en popayan pero el negocio
     * es en timbio" had been kept whole ("Anotado: Vivo En Popayan Pero el Negocio Es En Timbio"). The person picks.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Popayán y Timbío", "vivo en popayan pero el negocio es en timbio", "Popayán, Timbío",
            "calle 5 # 4-10, Popayán y Timbío"})
    void twoDifferentKnownMunicipalitiesAreAskedWhichOneTapEach(String typed) {
        Talk talk = new Talk("es").at(Onboarding.SIZE);
        talk.tap("size:micro");

        List<Outbound> asked = talk.text(typed);

        assertThat(texts(asked)).containsExactly(talk.t("profile.municipality.which"));
        assertThat(data(last(asked))).containsExactly(MunicipalityStep.PICK + "Popayán", MunicipalityStep.PICK + "Timbío");
        assertThat(talk.profile()).doesNotContainKey("profile.municipality");
        assertThat(texts(talk.tap(MunicipalityStep.PICK + "Timbío"))).startsWith(talk.t("profile.municipality.saved", "municipality", "Timbío"));
        assertThat(talk.profile()).containsEntry("profile.municipality", "Timbío");
    }

    /** A place named after "en" or "estamos en" is kept without those words ("Anotado: En Cali."). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | en cali | Cali", "es | estamos en Jamundí | Jamundí", "en | we are in Cali | Cali",
            "es | somos de santander | Santander de Quilichao"})
    void theWordsBeforeAPlaceAreNotKeptWithIt(String lang, String typed, String kept) {
        assertKeptAs(lang, typed, kept);
    }

    /** Also "jajaja" and "ok", which were kept as the municipality ("Anotado: Jajaja."). */
    @ParameterizedTest
    @ValueSource(strings = {"jajaja", "JAJAJAJA", "jeje", "ok", "hahaha"})
    void noPlaceAtAllIsAskedAgain(String typed) {
        Talk talk = new Talk("es").at(Onboarding.SIZE);
        talk.tap("size:micro");

        assertThat(texts(talk.text(typed))).startsWith(talk.t("profile.municipality.invalid", "max", MunicipalityStep.MAX_LENGTH));
        assertThat(talk.profile()).doesNotContainKey("profile.municipality");
    }

    /**
     * QA: "en el campo" was corrected to El Tambo, and "en mi casa", "por whatsapp" and "no tengo local" kept as the place.
     * They say where the business is, not which municipality: asked again kindly, and nothing kept.
     */
    @ParameterizedTest
    @CsvSource({"es, en el campo", "es, en mi casa", "es, por whatsapp", "es, no tengo local", "es, en la finca", "es, vendo por internet",
            "en, at home", "en, in the countryside", "en, online only"})
    void aKindOfPlaceIsNoMunicipalityAndItIsAskedKindly(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        talk.tap("size:micro");

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).startsWith(talk.t("profile.municipality.kind-of-place"));
        assertThat(talk.profile()).doesNotContainKey("profile.municipality");
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    /** QA: "what do you mean by sector?" was "choose the option closest to your case": what each sector holds is told. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es|¿qué es sector?", "es|en cual me pongo", "en|what do you mean by sector?",
            "en|which one am i?"})
    void aQuestionAboutTheSectorIsAnsweredAndTheQuestionWaits(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).containsExactly(talk.t("profile.sector.explained"), talk.t("profile.sector.question"));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.SECTOR);
    }

    /**
     * QA: "cómo así", "qué es municipio", "para qué quiere saber eso" and "cuál municipio" were kept as the place ("Anotado:
     * Como Asi."). A question names no place: why it is asked, the question again, and nothing kept.
     */
    @ParameterizedTest
    @CsvSource({"es, como asi", "es, que es municipio", "es, para que quiere saber eso", "es, cual municipio", "es, que hago aqui",
            "en, why do you need that", "en, which one"})
    void aQuestionAtTheMunicipalityQuestionIsAnsweredAndKeepsNoPlace(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        talk.tap("size:micro");

        List<Outbound> replies = talk.text(typed);

        assertThat(texts(replies)).startsWith(talk.t("profile.municipality.asked"));
        assertThat(talk.profile()).doesNotContainKey("profile.municipality");
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    /** A question that names a municipality names it: "¿Popayán?" is Popayán. */
    @ParameterizedTest
    @CsvSource({"es, ¿popayan?, Popayán", "es, es en timbio, Timbío"})
    void aMunicipalityAskedBackIsThatMunicipality(String lang, String typed, String kept) {
        assertKeptAs(lang, typed, kept);
    }

    /** A kind of place with the municipality named is that municipality. */
    @ParameterizedTest
    @CsvSource({"es, una finca en Timbío, Timbío", "es, en mi casa en popayan, Popayán", "en, a farm in El Tambo, El Tambo"})
    void aKindOfPlaceWithItsMunicipalityIsThatMunicipality(String lang, String typed, String kept) {
        assertKeptAs(lang, typed, kept);
    }

    /** "8" and "jajaja" at the company question were kept as its name ("Mucho gusto, 8."). */
    @ParameterizedTest
    @ValueSource(strings = {"8", "jajaja", "123 456"})
    void aNumberOrLaughterIsNoBusinessName(String typed) {
        Talk talk = new Talk("es").at(Onboarding.MUNICIPALITY);
        talk.text("Popayán");

        assertThat(texts(talk.text(typed))).startsWith(talk.t("profile.company.invalid", "max", CompanyStep.MAX_LENGTH));
        assertThat(talk.profile()).doesNotContainKey(Onboarding.COMPANY);
        talk.text("Tienda 7 Colores");
        assertThat(talk.profile()).containsEntry(Onboarding.COMPANY, "Tienda 7 Colores");
    }

    /** QA: "es informal, no esta registrada" was kept as the business's name ("Mucho gusto, es informal, no esta registrada."). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | es informal, no esta registrada", "es | no tenemos camara de comercio",
            "en | it's not registered"})
    void anUnregisteredBusinessIsNoName(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.MUNICIPALITY);
        talk.text("Popayán");

        talk.text(typed);

        assertThat(talk.profile()).doesNotContainKey(Onboarding.COMPANY);
        assertThat(talk.state().step()).isNotEqualTo(Onboarding.COMPANY);
    }

    /** QA: "Arepas Doña Mary 100% caseras!!" was said back as "Mucho gusto, Arepas Doña Mary 100% caseras!!.". */
    @Test
    void theMarksThatEndTheMessageAreNoPartOfTheName() {
        Talk talk = new Talk("es").at(Onboarding.MUNICIPALITY);
        talk.text("Popayán");

        assertThat(texts(talk.text("Arepas Doña Mary 100% caseras!!"))).startsWith(
                talk.t("profile.company.saved", "company", "Arepas Doña Mary 100% caseras"));
        assertThat(talk.profile()).containsEntry(Onboarding.COMPANY, "Arepas Doña Mary 100% caseras");
    }

    /** "atrás" at the municipality question was kept as its name, and "volver" offered to start over. */
    @ParameterizedTest
    @ValueSource(strings = {"atrás", "volver", "me equivoqué"})
    void goingBackAtTheMunicipalityAsksTheSizeAgain(String typed) {
        Talk talk = new Talk("es", (text, l) -> new Understanding.Intent("restart", 0.9, true)).at(Onboarding.SIZE);
        talk.tap("size:micro");

        assertThat(texts(talk.text(typed))).contains(talk.t("profile.size.question"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
        assertThat(talk.profile()).doesNotContainKey("profile.municipality");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aRefusalTheClassifierIsSureOfAlsoMovesOnButAPlaceIsStillAPlace(String lang) {
        Understanding refusals = (text, l) -> text.startsWith("no ")
                ? new Understanding.Intent("deny", 0.9, true) : Understanding.Intent.NONE;
        Talk talk = new Talk(lang, refusals).at(Onboarding.SIZE);
        talk.tap("size:micro");

        assertThat(texts(talk.text("no le voy a dar eso"))).startsWith(talk.t("profile.municipality.skipped"));
        assertThat(talk.profile()).doesNotContainKey("profile.municipality");

        Talk other = new Talk(lang, refusals).at(Onboarding.SIZE);
        other.tap("size:micro");
        assertThat(texts(other.text("Nóvita"))).startsWith(other.t("profile.municipality.saved", "municipality", "Nóvita"));
    }

    @ParameterizedTest
    @CsvSource({"es, No tiene nombre todavía", "es, prefiero no decirlo", "en, it has no name yet", "en, skip",
            // "no" was greeted as the name ("Mucho gusto, no."), "todavia no tengo" kept as one
            "es, no", "es, todavia no tengo", "en, not yet", "es, prefiero no", "es, ok", "en, i'd rather not",
            // QA: kept as the name ("Nice to meet you, It Doesn't Have a Name Yet.")
            "en, it doesn't have a name yet", "en, it doesn't have a name", "en, we don't have a name yet", "en, we haven't named it yet",
            "es, todavía no le hemos puesto nombre", "es, aún no tiene un nombre"})
    void aTypedSkipOfTheCompanyNameIsTheSkipButton(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);
        assertThat(texts(talk.text(typed))).startsWith(talk.t("profile.done"));
        assertThat(talk.profile()).containsOnlyKeys("profile.sector", "profile.size", "profile.municipality");
    }

    /** A business with no name said with more words was kept as its name ("Nice to meet you, We Don't Have a Name, It's Just Our Farm."). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we don't have a name, it's just our farm
            en | it has no name really we just sell at the market
            en | it's not registered, we are informal
            es | no tenemos nombre, es la finca no más
            es | no tiene nombre porque es un negocio pequeño
            es | no está registrada, somos informales
            """)
    void aNoNameToldWithMoreWordsIsTheSkipButton(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);
        assertThat(texts(talk.text(typed))).startsWith(talk.t("profile.done"));
        assertThat(talk.profile()).containsOnlyKeys("profile.sector", "profile.size", "profile.municipality");
    }

    /** A name that begins with words of having none is still a name: "Sin Nombre Café" is kept. */
    @ParameterizedTest
    @CsvSource({"es, Sin Nombre Café", "en, No Name Bakery"})
    void aNameThatBeginsWithThoseWordsIsKept(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);
        talk.text(typed);
        assertThat(talk.profile()).containsKey("profile.company");
    }

    /** "para que me pregunta el nombre?" and "mi nombre es Rosa" were kept as the company's name. */
    @ParameterizedTest
    @CsvSource({"es, para que me pregunta el nombre?, profile.company.why", "es, es obligatorio, profile.company.why",
            "es, por que me pide eso, profile.company.why", "en, why do you need it, profile.company.why",
            "es, mi nombre es Rosa, profile.company.person-name", "en, my name is Rose, profile.company.person-name"})
    void aQuestionOrAPersonsNameAtTheCompanyQuestionIsNotKeptAsTheName(String lang, String typed, String answer) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);
        assertThat(texts(talk.text(typed))).first().isEqualTo(talk.t(answer));
        assertThat(talk.profile()).doesNotContainKey("profile.company");
        assertThat(talk.state().step()).isEqualTo(Onboarding.COMPANY);
    }

    /**
     * A person unsure what to type at the company question is told what it asks and that it may be skipped: "que hago
     * aqui" had been kept as the name ("Mucho gusto, Que Hago Aqui."), and "what do I write here?", heard as a wish for
     * help, got the bot's help. A name stays a name.
     */
    @ParameterizedTest
    @CsvSource({"es, que hago aqui, false", "es, qué pongo?, false", "es, 'como asi?', false", "es, no entiendo que debo poner, true",
            "es, y ahora que hago, false", "en, what do I write here?, true", "en, i don't understand, true",
            "en, what am i supposed to put here?, true", "es, 'perdón, qué pongo?', false"})
    void aPersonUnsureWhatToTypeAtTheCompanyQuestionIsToldWhatItAsks(String lang, String typed, boolean heardAsHelp) {
        Talk talk = new Talk(lang, (text, l) -> heardAsHelp && text.equals(typed) ? new Understanding.Intent("help", 0.9, true) : Understanding.Intent.NONE)
                .at(Onboarding.COMPANY);

        List<String> replies = texts(talk.text(typed));

        assertThat(replies).containsExactly(talk.t("profile.company.what"), talk.t("profile.company.question"));
        assertThat(talk.profile()).doesNotContainKey("profile.company");
        assertThat(talk.state().step()).isEqualTo(Onboarding.COMPANY);
        talk.text("Panadería Doña Rosa");
        assertThat(talk.profile()).containsEntry("profile.company", "Panadería Doña Rosa");
    }

    /** The words of someone unsure inside a name are the name's. */
    @ParameterizedTest
    @CsvSource({"es, Panadería Cómo Así, Panadería Cómo Así", "es, Tienda Qué Pongo, Tienda Qué Pongo"})
    void aNameHoldingWordsOfDoubtIsAName(String lang, String typed, String name) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);

        talk.text(typed);

        assertThat(talk.profile()).containsEntry("profile.company", name);
    }

    /** "no, soy de Popayán, no de Cali" at the company question was kept as the company's name. */
    @ParameterizedTest
    @CsvSource({"es, 'no, soy de Popayán, no de Cali', Popayán", "es, perdón estamos en timbio, Timbío",
            "en, 'sorry, we are in Silvia', Silvia"})
    void aCorrectionOfTheMunicipalityAtTheCompanyQuestionCorrectsIt(String lang, String typed, String place) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        talk.tap("size:micro");
        talk.text("Cali");

        List<Outbound> replies = talk.text(typed);

        assertThat(talk.profile()).containsEntry("profile.municipality", place);
        assertThat(texts(replies)).first().isEqualTo(talk.t("profile.municipality.corrected", "municipality", place));
        assertThat(talk.profile()).doesNotContainKey("profile.company");
        assertThat(talk.state().step()).isEqualTo(Onboarding.COMPANY);
    }

    /** QA: "se llama Panaderia Doña Rosa" was kept and greeted whole: "Mucho gusto, se llama Panaderia Doña Rosa." */
    @ParameterizedTest
    @CsvSource({"es, se llama Panaderia Doña Rosa, Panaderia Doña Rosa", "es, mi empresa se llama Cafe Origen, Cafe Origen",
            "es, 'el nombre es: Artesanias Nasa', Artesanias Nasa", "en, it's called Andes Coffee, Andes Coffee",
            "en, our company name is Misak Tours, Misak Tours", "en, It’s called Café Ñam, Café Ñam",
            // QA round C
            "es, 'la razón social es Café Tambo SAS', Café Tambo SAS", "es, 'nombre: Café Tambo', Café Tambo",
            "es, 'Hola, se llama Café Tambo', Café Tambo",
            // nothing after the lead-in: it is the name itself
            "es, Se Llama, Se Llama", "en, Company Name, Company Name"})
    void theCompanyNameIsKeptWithoutTheWordsThatIntroduceIt(String lang, String typed, String name) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);

        assertThat(texts(talk.text(typed))).startsWith(talk.t("profile.company.saved", "company", name));
        assertThat(talk.profile()).containsEntry("profile.company", name);
    }

    /** QA: "se llama pan de la abuela" was greeted "Mucho gusto, pan de la abuela." and kept so; "casa misak" as "Casa misak". */
    @ParameterizedTest
    @CsvSource({"es, se llama pan de la abuela, Pan de la Abuela", "es, ñapa express, Ñapa Express",
            "en, andes coffee, Andes Coffee", "es, iPhone Store Popayán, iPhone Store Popayán", "es, ACME, ACME",
            "es, 'café tambo sas', Café Tambo SAS", "en, house of the coffee, House of the Coffee", "es, casa misak, Casa Misak",
            "es, el mirador, El Mirador"})
    void aNameTypedInSmallLettersBeginsWithACapital(String lang, String typed, String name) {
        Talk talk = new Talk(lang).at(Onboarding.COMPANY);

        assertThat(texts(talk.text(typed))).startsWith(talk.t("profile.company.saved", "company", name));
        assertThat(talk.profile()).containsEntry("profile.company", name);
    }

    @Test
    void aBusinessNamedAfterItsTownIsStillTheName() {
        Talk talk = new Talk("es").at(Onboarding.COMPANY);
        talk.text("Café Popayán");
        assertThat(talk.profile()).containsEntry("profile.company", "Café Popayán");
    }

    @Test
    void aNameThatBeginsLikeAQuestionIsStillTheName() {
        Talk talk = new Talk("es").at(Onboarding.COMPANY);
        talk.text("Qué Rico Café");
        assertThat(talk.profile()).containsEntry("profile.company", "Qué Rico Café");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void earlierButtonsTappedAgainAreSaidToBeOldAndNeverOfferAnAdvisor(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        talk.tap("size:micro");

        List<Outbound> first = talk.tap("size:small");
        List<Outbound> second = talk.tap("sector:ict");

        assertThat(texts(first)).containsExactly(talk.t("common.stale-button"), talk.t("profile.municipality.question"));
        assertThat(texts(second)).containsExactly(talk.t("common.stale-button"), talk.t("profile.municipality.question"));
        assertThat(talk.profile()).containsEntry("profile.size", "micro").containsEntry("profile.sector", "ict");
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "EN_gb"})
    void anEnglishLanguageHintOnTheFirstMessageMakesTheBotSpeakEnglish(String hint) {
        Talk talk = new Talk("es");
        List<Outbound> replies = talk.engine.handle(Inbound.command(talk.chat, "start").withLangHint(hint));
        assertThat(replies.get(0).text()).isEqualTo(new Talk("en").t("start.greeting"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es-CO", "fr", "pt-BR", ""})
    void anyOtherOrNoLanguageHintMeansSpanish(String hint) {
        Talk talk = new Talk("es");
        List<Outbound> replies = talk.engine.handle(Inbound.command(talk.chat, "start")
                .withLangHint(hint.isEmpty() ? null : hint));
        assertThat(replies.get(0).text()).isEqualTo(talk.t("start.greeting"));
    }

    /** Tells English by one word, as the intents' phrases would: the engine's rule, not the classifier's, is tested. */
    private static final Understanding ENGLISH_WHEN_HELLO = new Understanding() {
        @Override
        public Intent classify(String text, String lang) {
            return Intent.NONE;
        }

        @Override
        public String writtenIn(String text) {
            return text.toLowerCase().contains("hello") ? "en" : text.toLowerCase().contains("hola") ? "es" : null;
        }
    };

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"none", "es-CO", "en"})
    void aFirstMessageWrittenInEnglishIsWelcomedInEnglishWhateverTheHint(String hint) {
        Talk talk = new Talk("es", ENGLISH_WHEN_HELLO);
        List<Outbound> replies = talk.engine.handle(Inbound.text(talk.chat, "Hello, can you help me?").withLangHint(hint));
        Talk english = new Talk("en");
        assertThat(texts(replies)).containsExactly(english.t("start.greeting"), english.t("consent.notice"));
        assertThat(talk.state().lang()).isEqualTo("en");
    }

    @Test
    void aFirstMessageWrittenInSpanishIsWelcomedInSpanishOnAnEnglishPhone() {
        Talk talk = new Talk("es", ENGLISH_WHEN_HELLO);
        List<Outbound> replies = talk.engine.handle(Inbound.text(talk.chat, "hola, buenas").withLangHint("en-US"));
        assertThat(texts(replies)).containsExactly(talk.t("start.greeting"), talk.t("consent.notice"));
    }

    @Test
    void aFirstMessageWhoseWordsDoNotTellFollowsTheHint() {
        Talk talk = new Talk("es", ENGLISH_WHEN_HELLO);
        List<Outbound> replies = talk.engine.handle(Inbound.text(talk.chat, "ok").withLangHint("en"));
        assertThat(replies.get(0).text()).isEqualTo(new Talk("en").t("start.greeting"));
    }

    /** "👋" first, then "hello?" and "sorry I don't speak spanish" were all answered in Spanish. */
    @Test
    void aMessageInEnglishBeforeTheConsentIsAnsweredSwitchesToEnglish() {
        Talk talk = new Talk("es", ENGLISH_WHEN_HELLO);
        talk.engine.handle(Inbound.text(talk.chat, "👋").withLangHint("es"));
        assertThat(talk.state().lang()).isEqualTo("es");
        List<Outbound> replies = talk.engine.handle(Inbound.text(talk.chat, "hello?").withLangHint("es"));
        assertThat(talk.state().lang()).isEqualTo("en");
        assertThat(texts(replies)).last().isEqualTo(new Talk("en").t("consent.notice"));
    }

    @Test
    void afterTheConsentOnlyAChoiceChangesTheLanguage() {
        Talk talk = new Talk("es", ENGLISH_WHEN_HELLO);
        talk.engine.handle(Inbound.text(talk.chat, "hola").withLangHint("es"));
        talk.engine.handle(Inbound.button(talk.chat, "consent:yes").withLangHint("es"));
        talk.engine.handle(Inbound.text(talk.chat, "hello").withLangHint("es"));
        assertThat(talk.state().lang()).isEqualTo("es");
    }

    /** "La verdad no sé" at a question with options was taken for a miss: only a bare "no sé" was a doubt. */
    @ParameterizedTest
    @CsvSource({"es, la verdad no sé", "es, uy ni idea", "en, no idea honestly", "en, hmm im not sure tbh"})
    void aDoubtWithAFewWordsAroundItGetsAWordOfComfortAndTheQuestionAgain(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);
        List<Outbound> replies = talk.text(typed);
        assertThat(texts(replies)).containsExactly(talk.t("common.choice.doubt"), talk.t("profile.sector.question"));
        assertThat(talk.state().step()).isEqualTo(Onboarding.SECTOR);
    }

    /** "Solo yo" was greeted ("¡Hola! Con gusto le ayudo"), "una persona" offered an advisor, "just me and my sister" refused. */
    @ParameterizedTest
    @CsvSource({"es, solo yo", "es, yo solito", "es, una persona", "en, just me and my sister", "en, only me",
            "es, solo yo y mi esposa", "es, 'nadie, solo yo'", "es, yo y mi hermano", "es, trabajo sola",
            "es, somos mi esposa y yo", "es, solo mi familia"})
    void aFewPeopleToldInWordsIsTheSmallestSize(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        talk.text(typed);
        assertThat(talk.profile()).containsEntry("profile.size", "micro");
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    /** "somos 3 con mi esposa", "solo yo y mi hermano" were "tap an option": only filler could stand beside a count. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | somos 3 con mi esposa | micro", "es | Somos 4 personas en El Tambo | micro",
            "es | trabajamos 5 | micro", "en | we are 3 people | micro", "es | solo yo y mi hermano | micro",
            "es | mi esposa y yo, vendemos arepas | micro", "es | somos como 30 con los de la cosecha | small",
            "es | trabajamos 60 personas en dos sedes | medium", "en | we are 4 with my wife, in Timbío | micro",
            "es | somos tres con mi hermana | micro", "es | vendo 300 arepas al día y somos 12 | small"})
    void aCountToldInASentenceIsThatSize(String lang, String typed, String size) {
        sizeIs(lang, typed, size);
    }

    /**
     * QA (English): "there are 4 of us" at the size question showed the help (the classifier leant to help at 0.34, and
     * "of us" was no count's word) and "my sister and me" was "tap an option"; "we are 4" (greeted by the classifier at
     * 0.36) is read as a count already, and kept here so it stays one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"help | 0.34 | there are 4 of us | micro", "greet | 0.36 | we are 4 | micro",
            "help | 0.34 | there are 30 of us | small", "none | 0 | my sister and me | micro", "none | 0 | my brother and me | micro"})
    void aCountInEnglishIsTheSizeThoughTheClassifierLeansElsewhere(String heard, double score, String typed, String size) {
        Understanding leaning = (text, lang) -> "none".equals(heard) ? Understanding.Intent.NONE : new Understanding.Intent(heard, score, true);
        Talk talk = new Talk("en", leaning).at(Onboarding.SIZE);
        talk.text(typed);
        assertThat(talk.profile()).containsEntry("profile.size", size);
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    /**
     * QA: "yo y dos ayudantes" was greeted back ("¡Hola! Con gusto le ayudo.", the classifier leant to a greeting) and "yo
     * y mis 3 operarios" was "tap an option": helpers and workers named so are people counted.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | greet | yo y dos ayudantes | micro", "es | none | yo y mis 3 operarios | micro",
            "en | none | me and two helpers | micro", "es | none | somos 15 con los ayudantes | small"})
    void helpersAndWorkersNamedSoAreCountedAsPeople(String lang, String heard, String typed, String size) {
        Understanding leaning = (text, l) -> "none".equals(heard) ? Understanding.Intent.NONE : new Understanding.Intent(heard, 0.31, true);
        Talk talk = new Talk(lang, leaning).at(Onboarding.SIZE);
        talk.text(typed);
        assertThat(talk.profile()).containsEntry("profile.size", size);
    }

    /** A person asked for beside a count is still asked about first, never taken for the count alone. */
    @Test
    void aPersonAskedForBesideACountIsAskedAboutFirst() {
        Talk talk = new Talk("es", (text, lang) -> new Understanding.Intent("talk_to_human", 0.5, true)).at(Onboarding.SIZE);
        talk.text("somos 4, quiero hablar con alguien");
        assertThat(talk.profile()).doesNotContainKey("profile.size");
    }

    /** A count read into a range ("somos 3 con mi esposa" is 1 a 10) is said back, as other readings are; the range typed as shown is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es | somos 3 con mi esposa | size.micro | true", "es | 3 | size.micro | true",
            "en | we are 30 | size.small | true", "es | 1 a 10 | size.micro | false", "en | 11 to 50 | size.small | false"})
    void aCountReadIntoARangeIsSaidBack(String lang, String typed, String label, boolean saidBack) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        List<String> replies = texts(talk.text(typed));
        String taken = talk.t("common.choice.taken", "label", talk.t(label));
        if (saidBack) {
            assertThat(replies).startsWith(taken);
        } else {
            assertThat(replies).doesNotContain(taken);
        }
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    private static void sizeIs(String lang, String typed, String size) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        talk.text(typed);
        assertThat(talk.profile()).containsEntry("profile.size", size);
        assertThat(talk.state().step()).isEqualTo(Onboarding.MUNICIPALITY);
    }

    /** Numbers of other things are no count of people: the question again, nothing kept. */
    @ParameterizedTest
    @ValueSource(strings = {"vendo 300 arepas", "hace 3 años", "trabajamos 5 días a la semana", "tengo 3 hijos y una tienda"})
    void aNumberOfOtherThingsIsNoSize(String typed) {
        Talk talk = new Talk("es").at(Onboarding.SIZE);
        talk.text(typed);
        assertThat(talk.profile()).doesNotContainKey("profile.size");
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }

    /** QA: "sí" under the offered 📍 Santander de Quilichao was "Necesito solo el nombre del municipio": it takes the place offered. */
    @ParameterizedTest
    @CsvSource({"es, sí", "es, claro", "es, dale", "en, yes", "en, yep"})
    void aYesUnderTheOfferedMunicipalityTakesIt(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        talk.text(lang.equals("es") ? "somos 4 personas en El Tambo" : "we are 4 people in El Tambo");

        List<Outbound> replies = talk.text(typed);

        assertThat(talk.profile()).containsEntry("profile.municipality", "El Tambo");
        assertThat(texts(replies)).contains(talk.t("profile.company.question"));
    }

    /** "somos 4 personas en El Tambo": the size, and El Tambo offered at the municipality question with one tap. */
    @Test
    void aMunicipalityToldWithTheCountIsOfferedAtItsQuestion() {
        Talk talk = new Talk("es").at(Onboarding.SIZE);
        List<Outbound> asked = talk.text("somos 4 personas en El Tambo");
        assertThat(talk.profile()).containsEntry("profile.size", "micro");
        assertThat(texts(asked)).contains(talk.t("profile.municipality.question"));
        assertThat(data(last(asked))).containsExactly("municipality:told");
        assertThat(last(asked).buttons().get(0).get(0).label()).contains("El Tambo");
        talk.tap("municipality:told");
        assertThat(talk.profile()).containsEntry("profile.municipality", "El Tambo");
    }

    /**
     * "usted es un robot?" at the size question offered an advisor, "cuanto cuesta el servicio?" got the help; at the
     * municipality either was kept as the municipality.
     */
    @ParameterizedTest
    @CsvSource({"es, usted es un robot?, SIZE, common.about-bot", "es, 'oiga, eres humano?', SIZE, common.about-bot",
            "en, are you a bot?, SIZE, common.about-bot", "es, usted es un robot?, MUNICIPALITY, common.about-bot",
            "en, who am i talking to?, MUNICIPALITY, common.about-bot",
            "es, cuanto cuesta el servicio?, SIZE, common.terms", "es, 'y eso es gratis?', SIZE, common.terms",
            "en, how long does it take?, SIZE, common.terms", "es, cuanto se demora?, MUNICIPALITY, common.terms",
            "en, is it free?, MUNICIPALITY, common.terms"})
    void aShortQuestionAboutTheBotOrItsTermsIsAnsweredAndTheQuestionAskedAgain(String lang, String typed, String at, String answer) {
        String step = at.equals("SIZE") ? Onboarding.SIZE : Onboarding.MUNICIPALITY;
        Talk talk = new Talk(lang).at(step);
        List<Outbound> replies = talk.text(typed);
        assertThat(texts(replies)).first().isEqualTo(talk.t(answer));
        assertThat(texts(replies)).hasSize(2);
        assertThat(talk.state().step()).isEqualTo(step);
        assertThat(talk.profile()).doesNotContainKey("profile.municipality");
    }

    @Test
    void aMunicipalityWithACostWordIsStillTheMunicipality() {
        Talk talk = new Talk("es").at(Onboarding.MUNICIPALITY);
        talk.text("Popayán");
        assertThat(talk.profile()).containsKey("profile.municipality");
    }

    @Test
    void aWishForAPersonToldWithTheRobotIsNotAnsweredAsAQuestionAboutIt() {
        Talk talk = new Talk("es").at(Onboarding.SIZE);
        assertThat(texts(talk.text("no quiero hablar con un robot, quiero una persona"))).doesNotContain(talk.t("common.about-bot"));
    }

    /** After /ayuda at a question, "la segunda" took the help's second button (🔄 Empezar de nuevo): the question was lost. */
    @ParameterizedTest
    @CsvSource({"es, la segunda", "es, 2", "es, comercio", "en, the second one", "en, 2"})
    void afterTheHelpAtAQuestionAnAnswerStillAnswersIt(String lang, String typed) {
        Talk talk = new Talk(lang).at(Onboarding.SECTOR);
        talk.command(lang.equals("es") ? "ayuda" : "help");
        talk.text(typed);
        assertThat(talk.profile()).containsEntry("profile.sector", "commerce");
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }

    /** "chao" at a question was answered "¡Hasta pronto!" and, right after it, the question again. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aGoodbyeAtAQuestionIsAnsweredWithoutAskingItAgain(String lang) {
        Talk talk = new Talk(lang, (text, l) -> new Understanding.Intent("goodbye", 0.9, false)).at(Onboarding.SECTOR);
        List<Outbound> replies = talk.text("chao");
        assertThat(texts(replies)).containsExactly(talk.t("common.goodbye"));
        assertThat(data(last(replies))).contains("sector:commerce");
        assertThat(talk.state().step()).isEqualTo(Onboarding.SECTOR);
    }

    /** "micro" at the size question was told to tap an option: the legal sizes are answers of their own. */
    @ParameterizedTest
    @CsvSource({"es, micro, micro", "es, somos una microempresa, micro", "es, Pequeña empresa, small", "es, mediana, medium",
            "en, micro business, micro", "en, a small business, small", "en, medium-sized, medium"})
    void theLegalSizeToldInWordsIsThatSize(String lang, String typed, String size) {
        sizeIs(lang, typed, size);
    }

    /** "santander" was kept as "santander", not Santander de Quilichao; "el bordo" kept in lower case. */
    @ParameterizedTest
    @CsvSource({"santander, Santander de Quilichao", "Quilichao, Santander de Quilichao", "tambo, El Tambo",
            "el bordo, El Bordo", "popayan, Popayán", "vereda La Playa, vereda La Playa", "la, La"})
    void aMunicipalityNamedByAPartOfItsNameIsKnownAndAnotherPlaceKeptCapitalised(String typed, String saved) {
        Talk talk = new Talk("es").at(Onboarding.MUNICIPALITY);
        talk.text(typed);
        assertThat(talk.profile()).containsEntry("profile.municipality", saved);
    }

    @Test
    void aLongerTextThatMentionsADoubtIsNotTakenForOne() {
        Talk talk = new Talk("es").at(Onboarding.SECTOR);
        List<Outbound> replies = talk.text("no sé cuántos somos porque unos vienen y otros se van en cosecha");
        assertThat(texts(replies)).doesNotContain(talk.t("common.choice.doubt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aFirstMessageThatIsNotStartStillGreetsAndAsksForConsent(String lang) {
        Talk talk = new Talk(lang);
        assertThat(texts(talk.text("hola"))).containsExactly(talk.t("start.greeting"), talk.t("consent.notice"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void startMidProfileWelcomesBackWithContinueAndRestart(String lang) {
        Talk talk = new Talk(lang).at(Onboarding.SIZE);
        List<Outbound> replies = talk.command("start");
        assertThat(texts(replies)).containsExactly(talk.t("start.welcome-back"));
        assertThat(data(last(replies))).containsExactly("/continuar", "/reiniciar");
        assertThat(talk.state().step()).isEqualTo(Onboarding.SIZE);
    }
}
