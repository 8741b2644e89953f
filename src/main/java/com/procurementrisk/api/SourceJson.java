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
import com.procurementrisk.scoring.model.Source;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes each source of a model once and then copies its JSON. A full score response names the
 * same few dozen sources hundreds of times (each factor of each pathway lists its own), about two
 * thirds of its bytes. {@link #view} gives one shared view per source of a loaded model; the
 * first time a shared view is written, Jackson's own serialiser writes it and the JSON is kept
 * with it, later writes copy those bytes. Views are recognised by identity, not by equality: a
 * result read back from storage has its own (equal) sources, and comparing those field by field
 * on every write cost more than writing them; they are written as before.
 */
@Singleton
class SourceJson implements ObjectMapperCustomizer {

    /** More sources than all model versions together hold: past it the maps start again. */
    private static final int MAX_SHARED = 10_000;

    /** A key that is equal only to itself (records compare by value, these by identity). */
    private record Same(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** The shared view of each source of a loaded model (a model's sources are immutable). */
    private static final Map<Same, ScoreResponse.SourceView> VIEWS = new ConcurrentHashMap<>();
    /** The shared views themselves. */
    private static final Set<Same> SHARED = ConcurrentHashMap.newKeySet();
    /** The JSON of each shared view, once written. */
    private static final Map<Same, SerializedString> WRITTEN = new ConcurrentHashMap<>();

    /** The one view of a model's source. */
    static ScoreResponse.SourceView view(Source s) {
        if (VIEWS.size() >= MAX_SHARED) {
            VIEWS.clear();
            SHARED.clear();
            WRITTEN.clear();
        }
        return VIEWS.computeIfAbsent(new Same(s), k -> {
            ScoreResponse.SourceView view = new ScoreResponse.SourceView(s.id(), s.title(), s.url(), s.date(),
                    s.publisher(), s.kind(), s.published(), s.accessed(), s.readVia(), s.confidence());
            SHARED.add(new Same(view));
            return view;
        });
    }

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

    /** Jackson's serialiser of a source, its output remembered for shared views. */
    private static final class Cached extends StdSerializer<ScoreResponse.SourceView>
            implements ResolvableSerializer, ContextualSerializer {
        private final transient JsonSerializer<ScoreResponse.SourceView> delegate;

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
            Same key = new Same(source);
            SerializedString json = WRITTEN.get(key);
            if (json == null) {
                if (out.getCodec() == null || !SHARED.contains(key)) {
                    delegate.serialize(source, out, provider);
                    return;
                }
                StringWriter text = new StringWriter();
                try (JsonGenerator once = out.getCodec().getFactory().createGenerator(text)) {
                    delegate.serialize(source, once, provider);
                }
                json = new SerializedString(text.toString());
                WRITTEN.put(key, json);
            }
            out.writeRawValue(json);
        }
    }
}
