<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS 2.0 or Atom 1.0 feed of sitefeed as a readable page when it
  is opened in a browser. Feed readers ignore it.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <html lang="{rss/channel/language | atom:feed/@xml:lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="rss/channel/title | atom:feed/atom:title"/></title>
        <style>
          body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1rem; color: #1b1b1b; background: #fff; }
          .note { background: #f3f6fa; border-left: 4px solid #3b6ea5; padding: .5rem 1rem; }
          article { border-top: 1px solid #ddd; padding: .25rem 0; }
          article h2 { font-size: 1.1rem; margin-bottom: .1rem; }
          .date { color: #555; font-size: .9rem; margin: 0; }
          a { color: #1a4f8b; }
        </style>
      </head>
      <body>
        <p class="note" lang="en">This is a web feed: copy its address into your feed reader. <a href="index.html">All feeds</a>, each with a page that needs no XSLT.</p>
        <xsl:apply-templates select="rss/channel | atom:feed"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="channel">
    <header>
      <h1><a href="{link}"><xsl:value-of select="title"/></a></h1>
      <p><xsl:value-of select="description"/></p>
    </header>
    <xsl:for-each select="item">
      <article>
        <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
        <p class="date"><xsl:value-of select="pubDate"/></p>
        <p><xsl:call-template name="html-text"><xsl:with-param name="s" select="description"/></xsl:call-template></p>
      </article>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="atom:feed">
    <header>
      <h1><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h1>
      <p><xsl:value-of select="atom:subtitle"/></p>
    </header>
    <xsl:for-each select="atom:entry">
      <article>
        <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
        <p class="date"><xsl:value-of select="translate(atom:published | atom:updated[not(../atom:published)], 'T', ' ')"/></p>
        <xsl:if test="atom:summary">
          <p><xsl:value-of select="atom:summary"/></p>
        </xsl:if>
      </article>
    </xsl:for-each>
  </xsl:template>

  <!-- An RSS item's description is HTML holding escaped plain text (sitefeed
       writes only text there): undo html.EscapeString's five escapes, "&amp;"
       last, to show that text. -->
  <xsl:template name="html-text">
    <xsl:param name="s"/>
    <xsl:call-template name="replace">
      <xsl:with-param name="s">
        <xsl:call-template name="replace">
          <xsl:with-param name="s">
            <xsl:call-template name="replace">
              <xsl:with-param name="s">
                <xsl:call-template name="replace">
                  <xsl:with-param name="s">
                    <xsl:call-template name="replace">
                      <xsl:with-param name="s" select="$s"/>
                      <xsl:with-param name="from" select="'&amp;lt;'"/><xsl:with-param name="to" select="'&lt;'"/>
                    </xsl:call-template>
                  </xsl:with-param>
                  <xsl:with-param name="from" select="'&amp;gt;'"/><xsl:with-param name="to" select="'&gt;'"/>
                </xsl:call-template>
              </xsl:with-param>
              <xsl:with-param name="from" select="'&amp;#34;'"/><xsl:with-param name="to" select="'&quot;'"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="from" select='"&amp;#39;"'/><xsl:with-param name="to" select='"&apos;"'/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="from" select="'&amp;amp;'"/><xsl:with-param name="to" select="'&amp;'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="replace">
    <xsl:param name="s"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($s, $from)">
        <xsl:value-of select="substring-before($s, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="s" select="substring-after($s, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
