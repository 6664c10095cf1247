namespace Generator.Import.Source;

internal enum SourceTextKind
{
    Paragraph,

    /// <summary>A heading by its markup (HTML h1–h6, Word heading styles, Markdown #); headings by their words alone are recognised later.</summary>
    Heading,

    /// <summary>An item of a numbered list; its Markdown starts with the number (<c>1. </c>).</summary>
    NumberedItem,

    /// <summary>An item of a bulleted list; its Markdown starts with <c>- </c>.</summary>
    BulletItem,

    /// <summary>Text set apart at the right, as a signature block is (Word's signature style, HTML's signature block).</summary>
    RightAligned,
}
