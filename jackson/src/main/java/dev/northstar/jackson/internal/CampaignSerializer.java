package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.campaign.Campaign;
import java.io.IOException;

/**
 * Writes {@code {"name": "Back to school", "period": "2026-08-05/2026-09-01", "platforms":
 * ["facebook", "x"]}}; no platforms (undecided) are omitted.
 */
final class CampaignSerializer extends StdSerializer<Campaign> {

  private static final long serialVersionUID = 1L;

  static final CampaignSerializer INSTANCE = new CampaignSerializer();

  private CampaignSerializer() {
    super(Campaign.class);
  }

  @Override
  public void serialize(Campaign campaign, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(campaign);
    g.writeStringField("name", campaign.name());
    g.writeStringField("period", campaign.period().toString());
    if (!campaign.platforms().isEmpty()) {
      Writes.texts(g, "platforms", campaign.platforms());
    }
    g.writeEndObject();
  }
}
