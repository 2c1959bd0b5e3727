package org.praxis.command.practice;

import org.praxis.events.practice.Reference;

import java.util.List;

/** What an approval made: the practice's new revision, and the lessons and documents that motivated it. */
public record ApprovedProposal(int revision, List<Reference> motivatedBy) {

    public ApprovedProposal {
        motivatedBy = List.copyOf(motivatedBy);
    }
}
