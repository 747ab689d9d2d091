package co.aliada.challenge;

import java.util.LinkedHashMap;
import java.util.Map;

import co.aliada.privacy.PersonalData;
import org.springframework.stereotype.Component;

/** A chat's challenges and their feedback, for {@code /mis_datos} and {@code /borrar_datos}. */
@Component
class ChallengeData implements PersonalData {

    private final Challenges challenges;

    ChallengeData(Challenges challenges) {
        this.challenges = challenges;
    }

    @Override
    public String section() {
        return "challenges";
    }

    @Override
    public Object export(String chat) {
        return challenges.of(chat).stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("created_at", c.createdAt() == null ? null : c.createdAt().toString());
            row.put("driver", c.driver());
            row.put("text", c.text());
            row.put("how_might_we", c.howMightWe());
            row.put("urgency", c.urgency());
            row.put("feasibility", c.feasibility());
            row.put("impact", c.impact());
            row.put("context", c.context());
            row.put("services", c.services());
            return row;
        }).toList();
    }

    @Override
    public void erase(String chat) {
        challenges.forget(chat);
    }
}
