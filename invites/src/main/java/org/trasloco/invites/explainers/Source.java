package org.trasloco.invites.explainers;

import java.util.Locale;
import java.util.Map;

/**
 * A public source a claim in the explainers rests on. Where the source exists in the reader's
 * language (Wikipedia), that version is given; elsewhere the bundles say the source is in English.
 */
public enum Source {
    /** What Chat Control is and what it could oblige providers to do. */
    CHAT_CONTROL(ExplainerText.SOURCE_CHAT_CONTROL, "https://en.wikipedia.org/wiki/Chat_Control",
            Map.of("it", "https://it.wikipedia.org/wiki/Chat_Control")),
    /** USA 2021: the father reported after Google's scanning flagged photos for a doctor. */
    GOOGLE_FATHER(ExplainerText.SOURCE_GOOGLE_FATHER,
            "https://www.koffellaw.com/blog/google-ai-technology-flags-dad-who-took-photos-o/", Map.of()),
    /** United Kingdom: the grandmother accused over photos social workers asked for (BBC). */
    UK_BBC(ExplainerText.SOURCE_UK_BBC, "https://www.bbc.com/news/uk-england-leicestershire-45394356", Map.of()),
    /** The same case, with the ombudsman's finding (The Independent). */
    UK_INDEPENDENT(ExplainerText.SOURCE_UK_INDEPENDENT,
            "https://www.independent.co.uk/news/uk/home-news/leicestershire-council-grandmother-child-pornography-"
                    + "nappy-rash-photos-ombudsman-report-a8522236.html", Map.of()),
    /** Canada 2021: the Halifax doctor investigated in error (CBC). */
    CANADA_CBC(ExplainerText.SOURCE_CANADA_CBC,
            "https://www.cbc.ca/news/canada/nova-scotia/police-error-halifax-doctor-investigation-1.5896376", Map.of()),
    /** The same case: arrested, then found to be the wrong person (Toronto Sun). */
    CANADA_SUN(ExplainerText.SOURCE_CANADA_SUN,
            "https://www.torontosun.com/news/national/mistaken-id-police-mix-up-led-to-nova-scotia-doctors-porn-charge",
            Map.of()),
    /** How citizens can write to their MEPs. */
    FIGHT_CHAT_CONTROL(ExplainerText.SOURCE_FIGHT_CHAT_CONTROL, "https://fightchatcontrol.eu", Map.of()),
    /** XMPP: an open standard, federated like e-mail, no single owner. */
    XMPP(ExplainerText.SOURCE_XMPP, "https://en.wikipedia.org/wiki/XMPP",
            Map.of("it", "https://it.wikipedia.org/wiki/Extensible_Messaging_and_Presence_Protocol",
                    "de", "https://de.wikipedia.org/wiki/Extensible_Messaging_and_Presence_Protocol",
                    "fr", "https://fr.wikipedia.org/wiki/Extensible_Messaging_and_Presence_Protocol",
                    "es", "https://es.wikipedia.org/wiki/Extensible_Messaging_and_Presence_Protocol")),
    /** OMEMO explained by the Conversations project. */
    OMEMO_CONVERSATIONS(ExplainerText.SOURCE_OMEMO_CONVERSATIONS, "https://conversations.im/omemo/", Map.of()),
    /** OMEMO on Wikipedia. */
    OMEMO_WIKIPEDIA(ExplainerText.SOURCE_OMEMO_WIKIPEDIA, "https://en.wikipedia.org/wiki/OMEMO", Map.of());

    private final ExplainerText title;
    private final String url;
    private final Map<String, String> localUrls;

    Source(ExplainerText title, String url, Map<String, String> localUrls) {
        this.title = title;
        this.url = url;
        this.localUrls = localUrls;
    }

    /** The source's title, to be formatted in the reader's language. */
    public ExplainerText title() {
        return title;
    }

    /**
     * The address to give a reader.
     *
     * @param language the reader's language
     * @return the version in that language when there is one, else the original
     */
    public String url(Locale language) {
        return localUrls.getOrDefault(language.getLanguage(), url);
    }
}
