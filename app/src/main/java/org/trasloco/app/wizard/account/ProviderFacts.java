package org.trasloco.app.wizard.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.account.ProviderAdvice.ProviderOption;
import org.trasloco.xmpp.providers.Provider;
import org.trasloco.xmpp.providers.Retention;

/**
 * A server's facts that matter for a move, in words: whether its archive keeps this history, how
 * an account is created there, where it is, whether it is free. An unknown fact says "unknown",
 * never "no".
 */
final class ProviderFacts {

    private final WizardTexts texts;

    ProviderFacts(WizardTexts texts) {
        this.texts = texts;
    }

    /** The server's name as shown, with "your community's" when it is one. */
    String title(ProviderOption option) {
        String domain = option.provider().domain();
        return option.community() ? texts.get("account.server.community", domain) : domain;
    }

    /** One line per fact. */
    List<String> lines(ProviderOption option) {
        Provider provider = option.provider();
        List<String> lines = new ArrayList<>();
        lines.add(archive(option));
        lines.add(signUp(provider));
        String where = countries(provider);
        String free = provider.free() == null ? null
                : provider.free() ? texts.get("account.fact.free") : texts.get("account.fact.paid");
        if (where != null && free != null) {
            lines.add(texts.get("account.fact.pair", where, free));
        } else if (where != null || free != null) {
            lines.add(where != null ? where : free);
        }
        return lines;
    }

    /** The title and every fact, for a screen reader. */
    String spoken(ProviderOption option) {
        return title(option) + ". " + String.join(" ", lines(option));
    }

    private String archive(ProviderOption option) {
        Retention archive = option.provider().archive();
        Boolean keeps = option.keepsHistory();
        if (keeps == null) {
            return texts.get("account.fact.archive.unknown");
        }
        String kept = switch (archive.kind()) {
            case UNLIMITED -> texts.get("account.fact.archive.forever");
            case DAYS -> texts.get("account.fact.archive.days", archive.days());
            case LESS_THAN_A_DAY -> texts.get("account.fact.archive.hours");
            case UNKNOWN -> texts.get("account.fact.archive.unknown");
        };
        return keeps ? texts.get("account.fact.archive.keeps", kept) : texts.get("account.fact.archive.deletes", kept);
    }

    private String signUp(Provider provider) {
        if (provider.inAppSignUp() == null) {
            return texts.get("account.fact.signUp.unknown");
        }
        if (!provider.inAppSignUp()) {
            return texts.get("account.fact.signUp.web");
        }
        return Boolean.TRUE.equals(provider.captcha()) ? texts.get("account.fact.signUp.captcha")
                : texts.get("account.fact.signUp.here");
    }

    private String countries(Provider provider) {
        if (provider.serverLocations().isEmpty()) {
            return null;
        }
        Locale language = texts.locale();
        String names = provider.serverLocations().stream()
                .map(code -> new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(language))
                .collect(Collectors.joining(", "));
        return texts.get("account.fact.country", names);
    }
}
