package co.aliada.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.aliada.privacy.PersonalData;

/** Whether the chat agreed to be written to, and its follow-up messages with the answers, for {@code /mis_datos} and {@code /borrar_datos}. */
final class FollowupData implements PersonalData {

    private final FollowupStore store;

    FollowupData(FollowupStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "followup";
    }

    @Override
    public Object export(String chat) {
        List<Map<String, Object>> decision = store.exportDecision(chat);
        if (decision.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> data = new LinkedHashMap<>(decision.get(0));
        data.put("messages", store.exportMessages(chat));
        return data;
    }

    @Override
    public void erase(String chat) {
        store.erase(chat);
    }
}
