namespace Generator.Data;

/// <summary>Table 1 (section 二). Its rows differ between the formats, hence one subtype per format.</summary>
public abstract record ProactiveDisclosure(NarrativeText? Note);
