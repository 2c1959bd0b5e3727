package org.praxis.platform.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BatchCheckedDeadLetterQueueTest {

    /** An in-memory queue that counts how often it was read. */
    private static final class CountingStore extends InMemorySequencedDeadLetterQueue<EventMessage<?>> {
        int reads;

        CountingStore() {
            super(InMemorySequencedDeadLetterQueue.builder());
        }

        @Override
        public boolean contains(Object sequenceIdentifier) {
            reads++;
            return super.contains(sequenceIdentifier);
        }

        @Override
        public long size() {
            reads++;
            return super.size();
        }

        void park(String sequence) {
            enqueue(sequence, new GenericDeadLetter<>(sequence, GenericEventMessage.asEventMessage("failed")));
        }
    }

    private final CountingStore store = new CountingStore();
    private final BatchCheckedDeadLetterQueue queue = new BatchCheckedDeadLetterQueue("documents", store);

    private static void inBatch(Consumer<DefaultUnitOfWork<?>> work) {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        work.accept(batch);
        batch.commit();
    }

    @Test
    void a_batch_asks_an_empty_queue_once_however_many_events_it_holds() {
        inBatch(batch -> assertThat(IntStream.range(0, 100).mapToObj(i -> "document-" + i).filter(queue::contains))
                .isEmpty());

        assertThat(store.reads).isOne();
    }

    @Test
    void an_event_after_one_dead_lettered_in_the_same_batch_queues_up_behind_it() {
        inBatch(batch -> {
            assertThat(queue.contains("document-1")).isFalse();
            queue.enqueue("document-1", new GenericDeadLetter<>("document-1",
                    GenericEventMessage.asEventMessage("refused")));

            assertThat(queue.contains("document-1")).isTrue();
            assertThat(queue.contains("document-2")).isFalse();
        });
    }

    @Test
    void while_the_queue_holds_letters_every_question_goes_to_the_store() {
        store.park("document-1");

        inBatch(batch -> {
            assertThat(queue.contains("document-1")).isTrue();
            assertThat(queue.contains("document-2")).isFalse();
        });
        assertThat(store.reads).isEqualTo(3);
    }

    @Test
    void no_answer_outlives_its_batch() {
        inBatch(batch -> assertThat(queue.contains("document-1")).isFalse());
        store.park("document-1"); // by another instance, or the batch of a segment claimed before

        inBatch(batch -> assertThat(queue.contains("document-1")).isTrue());
    }

    @Test
    void outside_a_batch_every_question_goes_to_the_store() {
        queue.contains("document-1");
        queue.contains("document-2");

        assertThat(store.reads).isEqualTo(2);
    }
}
