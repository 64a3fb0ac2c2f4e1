package clinic.stride.assessment;

import clinic.stride.knowledge.Dosage;

/** An exercise for one of the top causes; steps and illustration are in the knowledge base under its id. */
public record SuggestedExercise(String id, String name, Dosage dosage) {
}
