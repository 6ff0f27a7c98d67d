package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.campaign.Campaign;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.time.DateRange;
import java.io.IOException;
import java.util.List;

/**
 * Reads {@code {"name": ..., "period": "2026-08-05/2026-09-01", "platforms": [...]}}; "name" and
 * "period" are required, "platforms" may be absent or empty while undecided.
 */
final class CampaignDeserializer extends StrictDeserializer<Campaign> {

  private static final long serialVersionUID = 1L;

  static final CampaignDeserializer INSTANCE = new CampaignDeserializer();

  private static final Shape SHAPE =
      new Shape(
          Campaign.class,
          "a campaign object",
          List.of("name", "period", "platforms"),
          List.of("name", "period"));

  private CampaignDeserializer() {
    super(Campaign.class);
  }

  @Override
  protected Campaign read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    Located<String> name = null;
    DateRange period = null;
    List<Platform> platforms = List.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "name" -> name = Located.read(p, field, () -> Reads.text(p, Campaign.class, "a name"));
        case "period" -> period = TextForms.DATE_RANGE.read(p, ctxt);
        case "platforms" ->
            platforms =
                Reads.array(
                    p, ctxt, Campaign.class, "an array of platform ids", TextForms.PLATFORM::read);
      }
    }
    Located<String> checkedName = fields.require(name, "name");
    DateRange checkedPeriod = fields.require(period, "period");
    List<Platform> checkedPlatforms = platforms;
    return ReadErrors.attempt(
        p,
        checkedName,
        Campaign.class,
        () -> Campaign.of(checkedName.value(), checkedPeriod, checkedPlatforms));
  }
}
