package org.trasloco.invites.kit;

import java.util.ArrayList;
import java.util.List;
import org.trasloco.invites.links.InviteLink;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.invites.typeset.TextStyle;

/** "First steps": numbered, in circles; the account invitation's QR code beside its step when there is one. */
final class StepsPage {

    private StepsPage() {
    }

    static void draw(Composer c, KitContent kit) {
        Flow flow = Flow.titled(c, c.text(KitText.STEPS_TITLE));
        Theme t = c.theme;
        float width = c.contentWidth();

        String server = kit.owner().address().domain();
        InviteLink accountInvite = kit.accountInvite();
        List<String> steps = new ArrayList<>();
        steps.add(c.text(KitText.STEPS_INSTALL));
        steps.add(accountInvite == null ? c.text(KitText.STEPS_ACCOUNT, server) : c.text(KitText.STEPS_ACCOUNT_INVITE, server));
        steps.add(c.text(KitText.STEPS_ADD_ME));
        steps.add(c.text(KitText.STEPS_HELLO));
        steps.add(c.text(KitText.STEPS_SHARE));

        float badge = t.body() * 2.2f;
        float textX = c.left() + badge + t.gap() * 1.2f;
        for (int i = 0; i < steps.size(); i++) {
            boolean withQr = i == 1 && accountInvite != null;
            float qrSize = withQr ? t.appsQr() * 1.3f : 0;
            float textWidth = c.right() - textX - (withQr ? qrSize + t.gap() : 0);
            List<TextLine> lines = c.wrap(steps.get(i), c.body(), textWidth);
            List<TextLine> link = withQr ? c.wrap(accountInvite.landing(), c.link(), textWidth) : List.of();
            float textHeight = TextLayout.height(lines) + (withQr ? t.gap() / 2 + TextLayout.height(link) : 0);
            float height = Math.max(Math.max(textHeight, badge), qrSize);
            flow.ensure(height);
            Canvas canvas = flow.canvas();
            float top = flow.y();
            canvas.circle(c.left() + badge / 2, top - badge / 2, badge / 2, Rgb.ACCENT);
            List<TextLine> number = c.wrap(String.valueOf(i + 1), new TextStyle(c.fonts.bold(), t.body() * 1.1f, Rgb.WHITE), badge);
            canvas.centred(number, c.left() + badge / 2, top - (badge - TextLayout.height(number)) / 2);
            float textTop = textHeight < badge ? top - (badge - textHeight) / 2 : top;
            textTop -= canvas.lines(lines, textX, textTop);
            if (withQr) {
                c.printedLink(canvas, link, textX, textTop - t.gap() / 2, accountInvite.landing());
                c.qr(canvas, accountInvite.landing(), c.right() - qrSize, top - qrSize, qrSize);
            }
            flow.advance(height);
            flow.space(t.gap() * 1.6f);
        }
        flow.space(t.gap());
        List<TextLine> help = c.wrap(c.text(KitText.STEPS_HELP), c.bodyBold().withColor(Rgb.ACCENT_DARK), width);
        flow.ensure(TextLayout.height(help));
        flow.lines(help, c.left(), null);
    }
}
