/**
 * Words every feature uses and none owns, on the lowest floor: the languages, answer codes as they travel, the
 * request id and the clinic's roles. Imports nothing of Stride.
 */
package clinic.stride.vocabulary;
