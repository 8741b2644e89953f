package com.procurementrisk.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes each source once and then copies its JSON. A full score response names the same few
 * dozen sources hundreds of times (each factor of each pathway lists its own), about two
 * thirds of its bytes; a source's JSON depends on nothing but the source, so it is made by
 * Jackson's own serialiser the first time and reused byte for byte afterwards.
 */
@Singleton
class SourceJson implements ObjectMapperCustomizer {

    /** More sources than all model versions together hold: past it the cache starts again. */
    private static final int MAX_CACHED = 10_000;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("source-json");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                                                      JsonSerializer<?> serializer) {
                return bean.getBeanClass() == ScoreResponse.SourceView.class
                        ? new Cached((JsonSerializer<ScoreResponse.SourceView>) serializer) : serializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Jackson's serialiser of a source, remembered per source. */
    private static final class Cached extends StdSerializer<ScoreResponse.SourceView>
            implements ResolvableSerializer, ContextualSerializer {
        private final transient JsonSerializer<ScoreResponse.SourceView> delegate;
        private final transient Map<ScoreResponse.SourceView, SerializedString> written = new ConcurrentHashMap<>();

        Cached(JsonSerializer<ScoreResponse.SourceView> delegate) {
            super(ScoreResponse.SourceView.class);
            this.delegate = delegate;
        }

        /** Jackson prepares its serialiser after making it (how nulls are written, among others): pass that on. */
        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (!(delegate instanceof ContextualSerializer contextual)) {
                return this;
            }
            JsonSerializer<?> made = contextual.createContextual(provider, property);
            return made == delegate ? this : new Cached((JsonSerializer<ScoreResponse.SourceView>) made);
        }

        @Override
        public void serialize(ScoreResponse.SourceView source, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            SerializedString json = written.get(source);
            if (json == null && out.getCodec() == null) {
                delegate.serialize(source, out, provider);
                return;
            }
            if (json == null) {
                StringWriter text = new StringWriter();
                try (JsonGenerator once = out.getCodec().getFactory().createGenerator(text)) {
                    delegate.serialize(source, once, provider);
                }
                json = new SerializedString(text.toString());
                if (written.size() >= MAX_CACHED) {
                    written.clear();
                }
                written.put(source, json);
            }
            out.writeRawValue(json);
        }
    }
}
