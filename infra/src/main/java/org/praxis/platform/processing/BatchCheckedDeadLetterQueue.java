package org.praxis.platform.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A processing group's dead-letter queue that is asked once per batch, not once per event, whether it holds any
 * letter at all.
 * <p>
 * Axon's dead-lettering invoker asks the queue for every event whether the event's sequence (its aggregate) has
 * letters waiting, so that a later event never overtakes a parked one: with the JPA queue, one query per event,
 * 39% of the worker threads' time in a replay together with the token writes (ADR 19). Almost always the group
 * holds no letter at all. Here the first such question of a batch (its unit of work) counts the group's letters
 * once; while there are none, the batch's other questions are answered "no" without a query. A letter enqueued
 * through this queue during the batch (a failed handler, or {@link DeadLetterParking}) ends that for the rest of
 * the batch, and every batch asks afresh, so no answer outlives the batch that read it: a segment claimed by
 * another instance, or letters retried meanwhile, are seen by the next batch. Unlike Axon's own cache of the answer
 * ({@code dlq.cache.enabled}) nothing is kept between batches. The ordering guarantee is unchanged, because the
 * letters that could concern a batch's events are those of its own segment's sequences, which only this batch
 * writes while it runs. When the group holds letters, every question goes to the store as before.
 * <p>
 * Outside a unit of work (the admin page, the retry) every call goes straight to the store.
 */
final class BatchCheckedDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private final SequencedDeadLetterQueue<EventMessage<?>> store;
    /** The unit-of-work resource that says the group held no letter when the batch first asked. */
    private final String emptyInThisBatch;

    BatchCheckedDeadLetterQueue(String processingGroup, SequencedDeadLetterQueue<EventMessage<?>> store) {
        this.store = store;
        this.emptyInThisBatch = BatchCheckedDeadLetterQueue.class.getName() + ".empty." + processingGroup;
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        if (!CurrentUnitOfWork.isStarted()) {
            return store.contains(sequenceIdentifier);
        }
        boolean empty = CurrentUnitOfWork.get().root().resources()
                .computeIfAbsent(emptyInThisBatch, key -> store.size() == 0) == Boolean.TRUE;
        return !empty && store.contains(sequenceIdentifier);
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().resources().put(emptyInThisBatch, false));
        store.enqueue(sequenceIdentifier, letter);
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        store.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        store.requeue(letter, letterUpdater);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return store.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return store.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return store.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return store.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return store.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return store.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return store.process(sequenceFilter, processingTask);
    }

    @Override
    public boolean process(Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return store.process(processingTask);
    }

    @Override
    public void clear() {
        store.clear();
    }
}
