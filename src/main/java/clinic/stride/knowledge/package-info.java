/**
 * The reviewed knowledge base (causes, rules, exercises, red flags, advice, each citing a seed document
 * verbatim), the answer vocabulary its Jakarta EL conditions are written in, and the loader that refuses
 * knowledge that does not check out.
 */
package clinic.stride.knowledge;
