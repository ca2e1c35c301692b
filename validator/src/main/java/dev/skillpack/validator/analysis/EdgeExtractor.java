package dev.skillpack.validator.analysis;

/** One way a text file names other files of its skill (links, paths, listed names, imports). Stateless. */
interface EdgeExtractor {

    /**
     * @param source the file read
     * @param paths the skill's files
     * @param found where the namings go
     */
    void extract(SourceText source, SkillPaths paths, FoundEdges found);
}
