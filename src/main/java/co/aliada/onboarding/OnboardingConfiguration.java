package co.aliada.onboarding;

import co.aliada.conversation.Command;
import co.aliada.conversation.CommandName;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.Recall;
import co.aliada.conversation.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OnboardingConfiguration {

    @Bean Step consentStep() {
        return new ConsentStep();
    }

    @Bean Step declinedStep() {
        return new DeclinedStep();
    }

    @Bean Step sectorStep() {
        return new SectorStep();
    }

    @Bean Step sizeStep() {
        return new ChoiceStep(Onboarding.SIZE, "size", Onboarding.SIZES, Onboarding.SIZE, Onboarding.MUNICIPALITY);
    }

    @Bean Step municipalityStep() {
        return new MunicipalityStep();
    }

    @Bean Step companyStep() {
        return new CompanyStep();
    }

    @Bean Step activityStep() {
        return new ActivityStep(false);
    }

    // the same questions asked again to change one answer (/perfil), under step ids of their own

    @Bean Step sectorChange() {
        return new ChangeStep(new SectorStep(true));
    }

    @Bean Step sizeChange() {
        return new ChangeStep(new ChoiceStep(ProfileChange.SIZE, "profile.change.size.question", "size", Onboarding.SIZES,
                Onboarding.SIZE, (chosen, turn) -> ProfileChange.DONE));
    }

    @Bean Step municipalityChange() {
        return new ChangeStep(new MunicipalityStep(true));
    }

    @Bean Step companyChange() {
        return new ChangeStep(new CompanyStep(true));
    }

    @Bean Step activityChange() {
        return new ActivityStep(true); // reached by choosing "Otro" there: "déjelo así" would keep no former answer
    }

    @Bean Step profileChanged() {
        return new ProfileChangedStep();
    }

    @Bean Recall profileCorrection() {
        return new ProfileCorrection();
    }

    @Bean Command startCommand() {
        return new StartCommand();
    }

    @Bean Command helpCommand() {
        return new HelpCommand();
    }

    @Bean Command languageCommand() {
        return new LanguageCommand();
    }

    @Bean Command restartCommand() {
        return new RestartCommand();
    }

    @Bean Command continueCommand() {
        return new ContinueCommand();
    }

    @Bean Command profileCommand() {
        return new ProfileCommand();
    }

    @Bean MenuEntry helpMenuEntry() {
        return new MenuEntry(90, "common.button.help", CommandName.HELP.slash());
    }
}
