package co.aliada.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

import co.aliada.content.ContentException;
import co.aliada.content.ContentProblem;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CatalogLoaderTests {

    @TempDir
    Path dir;

    @Test
    void loadsAValidCatalogue() {
        Catalog catalog = CatalogLoader.load(TestCatalogs.small(dir));
        assertThat(catalog.services()).extracting(Service::id).containsExactly("mp-market-entry", "mp-pricing");
        assertThat(catalog.institutionsByService().get("mp-market-entry")).extracting(Institution::id).containsExactly("unicauca");
        assertThat(catalog.synonyms("es")).contains("vender afuera");
    }

    @Test
    void loadsTheShippedCatalogueWithItsFixedIds() {
        Catalog catalog = CatalogLoader.load(TestContent.CATALOG);
        assertThat(catalog.pillars()).hasSize(4);
        assertThat(catalog.services()).hasSize(29);
        assertThat(catalog.institutions()).hasSize(7).allMatch(i -> !i.verified() && i.contact().startsWith("https://example.org/"));
        assertThat(catalog.institutionsByService()).allSatisfy((id, offering) -> assertThat(offering).as(id).isNotEmpty());
    }

    @Test
    void namesASynonymsFileNotSavedAsUtf8() throws Exception {
        org.springframework.util.FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
        Path synonyms = dir.resolve("synonyms-en.txt");
        Files.writeString(synonyms, Files.readString(synonyms) + "\ncafé, coffee\n", java.nio.charset.StandardCharsets.ISO_8859_1);
        int line = (int) Files.readString(TestContent.CATALOG.resolve("synonyms-en.txt")).lines().count() + 2;

        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogLoader.load(dir));

        assertThat(e.problems()).extracting(ContentProblem::toString).containsExactly("synonyms-en.txt:" + line
                + ": this file is not saved as UTF-8 (a character on this line is not); save it as UTF-8 in your editor");
    }

    /**
     * "verified: si" is how a Spanish-speaking admin says the contact is confirmed, so it is read as true;
     * a typo such as "talse" is refused with the file, the line, the field and the values allowed.
     */
    @Test
    void readsVerifiedSiAsTrueAndRefusesAnyOtherWord() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "institutions.yml", TestCatalogs.INSTITUTIONS.replace("verified: false", "verified: si"));
        assertThat(CatalogLoader.load(dir).institutions()).singleElement().extracting(Institution::verified).isEqualTo(true);

        TestCatalogs.write(dir, "institutions.yml", TestCatalogs.INSTITUTIONS.replace("verified: false", "verified: talse"));
        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogLoader.load(dir));

        assertThat(e.problems()).extracting(ContentProblem::toString)
                .containsExactly("institutions.yml:7: institution #1 verified must be true or false");
    }

    @Test
    void refusesAWebsiteOrContactThatIsNoAddress() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "institutions.yml", TestCatalogs.INSTITUTIONS
                .replace("website: https://www.unicauca.edu.co", "website: htps//www unicauca")
                .replace("contact: https://example.org/contacto-unicauca", "contact: contacto@@unicauca"));

        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogLoader.load(dir));

        assertThat(e.problems()).extracting(ContentProblem::toString).containsExactly(
                "institutions.yml:5: website 'htps//www unicauca' is not a web address; write it whole, such as https://www.example.edu.co",
                "institutions.yml:6: contact 'contacto@@unicauca' is neither a web address, an e-mail nor a phone number");
    }

    @Test
    void refusesAScriptAsContact() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "institutions.yml", TestCatalogs.INSTITUTIONS
                .replace("contact: https://example.org/contacto-unicauca", "contact: \"javascript:alert(1)\""));

        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogLoader.load(dir));

        assertThat(e.problems()).extracting(ContentProblem::toString).singleElement().asString()
                .startsWith("institutions.yml:6: contact 'javascript:alert(1)' is neither");
    }

    @Test
    void acceptsAnEmailOrAPhoneNumberAsContact() {
        for (String contact : new String[] {"innovacion@unicauca.edu.co", "+57 602 820 9800", "(602) 820-9800", "http://unicauca.edu.co/contacto"}) {
            TestCatalogs.small(dir);
            TestCatalogs.write(dir, "institutions.yml", TestCatalogs.INSTITUTIONS
                    .replace("contact: https://example.org/contacto-unicauca", "contact: \"" + contact + "\""));
            assertThat(CatalogLoader.load(dir).institutions()).as(contact).singleElement()
                    .extracting(Institution::contact).isEqualTo(contact);
        }
    }

    @Test
    void namesFileAndLineOfAnUnknownField() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "services/market-positioning.yml", TestCatalogs.SERVICES.replace(
                "    pillar: market-positioning\n    name: {es: Precios", "    pillar: market-positioning\n    nmae: x\n    name: {es: Precios"));
        assertThat(problem()).isEqualTo(new ContentProblem("services/market-positioning.yml", 11,
                problem().message())).extracting(ContentProblem::message).asString().contains("unknown field 'nmae'");
    }

    @Test
    void readsTheCauseWordsAndNamesTheFileOfAnUnknownSide() {
        TestCatalogs.small(dir);
        assertThat(CatalogLoader.load(dir).causes()).isEqualTo(Causes.NONE);
        TestCatalogs.write(dir, "causes.yml", "after: {es: [porque, \"debido a\"], en: [because]}\nbefore: {es: [por eso], en: []}\n");
        Causes causes = CatalogLoader.load(dir).causes();
        assertThat(causes.after("es")).containsExactly("porque", "debido a");
        assertThat(causes.before("es")).containsExactly("por eso");
        TestCatalogs.write(dir, "causes.yml", "after: {es: [porque], en: [because]}\nbefroe: {es: [por eso], en: []}\n");
        assertThat(problem().file()).isEqualTo("causes.yml");
        assertThat(problem().message()).contains("unknown field 'befroe'");
    }

    @Test
    void readsTheWordsThatTellWhoIsAskingAndNamesTheFileOfAnUnknownList() {
        TestCatalogs.small(dir);
        assertThat(CatalogLoader.load(dir).identity()).isEqualTo(Identity.NONE);
        TestCatalogs.write(dir, "identity.yml", "opens: {es: [somos, \"tengo una\"], en: [\"we are a\"]}\n"
                + "links: {es: [y], en: [and]}\nasks: {es: [quiero], en: [want]}\n");
        Identity identity = CatalogLoader.load(dir).identity();
        assertThat(identity.opens("es")).containsExactly("somos", "tengo una");
        assertThat(identity.links("en")).containsExactly("and");
        assertThat(identity.asks("es")).containsExactly("quiero");
        TestCatalogs.write(dir, "identity.yml", "opens: {es: [somos], en: []}\ncloses: {es: [y], en: []}\n");
        assertThat(problem().file()).isEqualTo("identity.yml");
        assertThat(problem().message()).contains("unknown field 'closes'");
    }

    @Test
    void readsTheWordsThatTellALaunchedProductAndNamesTheFileOfAnUnknownListOrService() {
        TestCatalogs.small(dir);
        assertThat(CatalogLoader.load(dir).launched()).isEqualTo(Launched.NONE);
        TestCatalogs.write(dir, "launched.yml", "lifts: [mp-pricing]\nlowers: [mp-market-entry]\n"
                + "done: {es: [lanzamos, \"ya salio\"], en: [launched]}\nunknown: {es: [\"no sabemos\"], en: [\"no idea\"]}\n"
                + "planned: {es: [\"vamos a lanzar\"], en: []}\n");
        Launched launched = CatalogLoader.load(dir).launched();
        assertThat(launched.done("es")).containsExactly("lanzamos", "ya salio");
        assertThat(launched.unknown("en")).containsExactly("no idea");
        assertThat(launched.planned("es")).containsExactly("vamos a lanzar");
        assertThat(launched.lifts()).containsExactly("mp-pricing");
        assertThat(launched.lowers()).containsExactly("mp-market-entry");
        TestCatalogs.write(dir, "launched.yml", "lifts: [mp-pricing]\ndone: {es: [lanzamos], en: []}\nunkown: {es: [ni idea], en: []}\n");
        assertThat(problem().file()).isEqualTo("launched.yml");
        assertThat(problem().message()).contains("unknown field 'unkown'");
        TestCatalogs.write(dir, "launched.yml", "lifts: [mp-pricing]\nlowers: [pd-npd-planing]\ndone: {es: [lanzamos], en: []}\n");
        assertThat(problem()).isEqualTo(new ContentProblem("launched.yml", 2, problem().message()));
        assertThat(problem().message()).contains("lowers names service 'pd-npd-planing', which does not exist");
    }

    @Test
    void readsTheLaunchVerbsOfAProductStillToComeAndNamesAnUnknownPlanService() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "launched.yml", "plans: [mp-pricing]\n"
                + "to_launch: {es: [\"queremos lanzar\"], en: [\"planning to launch\"]}\n"
                + "not_products: {es: [campaña], en: [campaign]}\n");
        Launched launched = CatalogLoader.load(dir).launched();
        assertThat(launched.toLaunch("es")).containsExactly("queremos lanzar");
        assertThat(launched.toLaunch("en")).containsExactly("planning to launch");
        assertThat(launched.notProducts("es")).containsExactly("campaña");
        assertThat(launched.plans()).containsExactly("mp-pricing");
        TestCatalogs.write(dir, "launched.yml", "to_launch: {es: [\"queremos lanzar\"], en: []}\nplans: [pd-npd-planing]\n");
        assertThat(problem()).isEqualTo(new ContentProblem("launched.yml", 2, problem().message()));
        assertThat(problem().message()).contains("plans names service 'pd-npd-planing', which does not exist");
    }

    @Test
    void readsTheWordsOfSalesStaffWhoDoNotSellAndNamesAnUnknownLiftedService() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "sales-staff.yml", "lifts: [mp-pricing]\n"
                + "staff: {es: [\"los muchachos\"], en: [\"our reps\"]}\n"
                + "not_selling: {es: [\"no saben ofrecer\"], en: [\"never greet\"]}\n");
        SalesStaff staff = CatalogLoader.load(dir).salesStaff();
        assertThat(staff.lifts()).containsExactly("mp-pricing");
        assertThat(staff.staff("es")).containsExactly("los muchachos");
        assertThat(staff.notSelling("en")).containsExactly("never greet");
        TestCatalogs.write(dir, "sales-staff.yml", "staff: {es: [\"los muchachos\"], en: []}\nlifts: [mp-sales-trainin]\n");
        assertThat(problem()).isEqualTo(new ContentProblem("sales-staff.yml", 2, problem().message()));
        assertThat(problem().message()).contains("lifts names service 'mp-sales-trainin', which does not exist");
    }

    @Test
    void readsTheWordsOfAPersonToHireAndNamesAnUnknownLiftedService() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "hiring.yml", "lifts: [mp-pricing]\n"
                + "hire: {es: [\"contratar\"], en: [\"hire\"]}\n"
                + "person: {es: [\"una persona\"], en: [\"someone\"]}\n"
                + "for_work: {es: [\"que haga\"], en: [\"to build\"]}\n");
        Hiring hiring = CatalogLoader.load(dir).hiring();
        assertThat(hiring.lifts()).containsExactly("mp-pricing");
        assertThat(hiring.hire("es")).containsExactly("contratar");
        assertThat(hiring.person("en")).containsExactly("someone");
        assertThat(hiring.forWork("en")).containsExactly("to build");
        TestCatalogs.write(dir, "hiring.yml", "hire: {es: [\"contratar\"], en: []}\nlifts: [ci-talent-developmen]\n");
        assertThat(problem()).isEqualTo(new ContentProblem("hiring.yml", 2, problem().message()));
        assertThat(problem().message()).contains("lifts names service 'ci-talent-developmen', which does not exist");
        TestCatalogs.write(dir, "hiring.yml", "hires: {es: [\"contratar\"], en: []}\n");
        assertThat(problem().file()).isEqualTo("hiring.yml");
    }

    @Test
    void withoutAHiringFileNoServiceIsLiftedForAPersonToHire() {
        TestCatalogs.small(dir);
        assertThat(CatalogLoader.load(dir).hiring()).isEqualTo(Hiring.NONE);
    }

    @Test
    void readsTheWordsOfProduceDamagedOnTheWayAndNamesAnUnknownLiftedService() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "handling.yml", "lifts: [mp-pricing]\n"
                + "damage: {es: [\"estripado\"], en: [\"bruised\"]}\n"
                + "way: {es: [\"camion\"], en: [\"truck\"]}\n");
        Handling handling = CatalogLoader.load(dir).handling();
        assertThat(handling.lifts()).containsExactly("mp-pricing");
        assertThat(handling.damage("es")).containsExactly("estripado");
        assertThat(handling.way("en")).containsExactly("truck");
        TestCatalogs.write(dir, "handling.yml", "damage: {es: [\"estripado\"], en: []}\nlifts: [pd-quality-testin]\n");
        assertThat(problem()).isEqualTo(new ContentProblem("handling.yml", 2, problem().message()));
        assertThat(problem().message()).contains("lifts names service 'pd-quality-testin', which does not exist");
        TestCatalogs.write(dir, "handling.yml", "damages: {es: [\"estripado\"], en: []}\n");
        assertThat(problem().file()).isEqualTo("handling.yml");
    }

    @Test
    void withoutAHandlingFileNoServiceIsLiftedForProduceDamagedOnTheWay() {
        TestCatalogs.small(dir);
        assertThat(CatalogLoader.load(dir).handling()).isEqualTo(Handling.NONE);
    }

    @Test
    void namesFileAndLineOfAMissingEnglishText() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "services/market-positioning.yml",
                TestCatalogs.SERVICES.replace("name: {es: Precios, en: Pricing}", "name: {es: Precios}"));
        ContentProblem problem = problem();
        assertThat(problem.file()).isEqualTo("services/market-positioning.yml");
        assertThat(problem.line()).isEqualTo(11);
        assertThat(problem.message()).contains("missing its English (en) text");
    }

    @Test
    void namesFileAndLineOfADuplicateId() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "services/market-positioning.yml", TestCatalogs.SERVICES.replace("id: mp-pricing", "id: mp-market-entry"));
        ContentProblem problem = problem();
        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.message()).contains("duplicate service id 'mp-market-entry'", "services/market-positioning.yml:2");
    }

    @Test
    void namesFileAndLineOfAServicePointingAtAMissingPillar() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "services/market-positioning.yml",
                TestCatalogs.SERVICES.replaceFirst("pillar: market-positioning", "pillar: marketing"));
        ContentProblem problem = problem();
        assertThat(problem.file()).isEqualTo("services/market-positioning.yml");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("pillar 'marketing', which does not exist");
    }

    @Test
    void namesFileAndLineOfAnInstitutionOfferingAMissingService() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "institutions.yml", TestCatalogs.INSTITUTIONS.replace("[mp-market-entry]", "[mp-market-entry, mp-teleport]"));
        ContentProblem problem = problem();
        assertThat(problem.file()).isEqualTo("institutions.yml");
        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.message()).contains("offers service 'mp-teleport', which does not exist");
    }

    @Test
    void namesFileAndLineOfMalformedYaml() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "pillars.yml", TestCatalogs.PILLARS.replace("description: {es: Vender más., en: Sell more.}",
                "description: {es: Vender más., en: Sell more.\n  - broken"));
        ContentProblem problem = problem();
        assertThat(problem.file()).isEqualTo("pillars.yml");
        assertThat(problem.line()).isBetween(4, 6);
        assertThat(problem.message()).startsWith("malformed YAML");
    }

    @Test
    void namesFileAndLineOfAnUnknownDriverInAPillarsContext() {
        TestCatalogs.small(dir);
        TestCatalogs.write(dir, "pillars.yml", TestCatalogs.PILLARS + "    context:\n      drivers: [users, gossip]\n");
        ContentProblem problem = problem();
        assertThat(problem.file()).isEqualTo("pillars.yml");
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.message()).contains("unknown driver 'gossip'");
    }

    @Test
    void refusesAnEmptyCatalogue() throws Exception {
        Files.writeString(dir.resolve("pillars.yml"), "pillars: []\n");
        Files.writeString(dir.resolve("services.yml"), "services: []\n");
        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogLoader.load(dir));
        assertThat(e.problems()).extracting(ContentProblem::message)
                .contains("the catalogue has no pillars", "the catalogue has no services: there is nothing to recommend");
    }

    /** An emptied pillars.yml left 31 lines, the cause buried under every service pointing at a pillar it held. */
    @Test
    void anEmptiedPillarsFileIsToldWithACountOfWhatFollowsFromIt() throws Exception {
        TestCatalogs.small(dir);
        Files.writeString(dir.resolve("pillars.yml"), "");
        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogLoader.load(dir));
        assertThat(e.problems()).extracting(ContentProblem::toString).containsExactly(
                "pillars.yml: expected a list under 'pillars:' at the top of the file",
                "pillars.yml: and 2 more problems that follow from it (services point at the pillars it held): mend this file first");
    }

    @Test
    void anEmptiedServicesFileIsToldWithACountOfWhatFollowsFromIt() throws Exception {
        TestCatalogs.small(dir);
        Files.writeString(dir.resolve("services/market-positioning.yml"), "");
        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogLoader.load(dir));
        assertThat(e.problems()).extracting(ContentProblem::toString).containsExactly(
                "services/market-positioning.yml: expected a list under 'services:' at the top of the file",
                "services/market-positioning.yml: and 1 more problem that follows from it (institutions offer the services it held): mend this file first");
    }

    /**
     * One slip in a services file (a tab, or the file emptied mid-edit) also blamed the word lists that lift its services
     * ("hiring.yml: lifts names service 'ci-talent-development', which does not exist"): files the admin never touched.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tab", "emptied"})
    void aServicesFileThatCannotBeReadIsNotBlamedOnTheWordListsThatLiftItsServices(String slip) throws Exception {
        org.springframework.util.FileSystemUtils.copyRecursively(TestContent.CATALOG, dir);
        Path services = dir.resolve("services/continuous-improvement.yml");
        Files.writeString(services, slip.equals("tab") ? Files.readString(services).replaceFirst("\n        - ", "\n\t- ") : "");

        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogLoader.load(dir));

        assertThat(e.problems()).extracting(ContentProblem::file).isNotEmpty()
                .allMatch(file -> file.equals("services/continuous-improvement.yml"));
    }

    private ContentProblem problem() {
        ContentException e = catchThrowableOfType(ContentException.class, () -> CatalogLoader.load(dir));
        assertThat(e).as("the catalogue should be refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
